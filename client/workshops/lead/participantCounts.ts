import type { Participant } from '../../../shared/workshop/types';

/**
 * Who is in a workshop, counted one way on every screen. A participant is someone who joined
 * to take part and is still in: facilitators are counted apart (they run it, they are not its
 * input), and removed people (a merged duplicate is removed too) are not counted at all. Joined
 * is not the same as connected now: someone whose phone went to sleep still counts.
 */
export interface ParticipantCounts {
  /** Joined to take part and not removed: the one number called "participants". */
  participants: number;
  /** Facilitators and co-facilitators who joined, not removed. */
  facilitators: number;
  /** Removed or merged into someone else; listed, never counted. */
  removed: number;
}

export function countParticipants(people: readonly Participant[]): ParticipantCounts {
  const counts: ParticipantCounts = { participants: 0, facilitators: 0, removed: 0 };
  for (const person of people) {
    if (person.removed) counts.removed++;
    else if (person.facilitator) counts.facilitators++;
    else counts.participants++;
  }
  return counts;
}
