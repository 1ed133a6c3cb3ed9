import type * as Y from 'yjs';
import { listActivities } from '../activities';
import { rankedResults } from '../views/results';

/**
 * Revealed votes per target (note or cluster id), summed over every vote of the workshop: a
 * board may be voted on more than once. Unrevealed votes count nothing, as on every screen.
 */
export function revealedVotes(pub: Y.Doc): Map<string, number> {
  const votes = new Map<string, number>();
  for (const activity of listActivities(pub)) {
    if (activity.kind !== 'vote') continue;
    for (const target of rankedResults(pub, activity.id) ?? []) {
      votes.set(target.targetId, (votes.get(target.targetId) ?? 0) + target.votes);
    }
  }
  return votes;
}
