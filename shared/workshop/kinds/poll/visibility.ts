import type { WorkshopMeta } from '../../types';
import type { PollActivity } from './types';

/**
 * In an anonymous workshop a breakdown of fewer answers than this could tell who answered what
 * (two people in a room, one "yes": each knows the other's answer), so only the count is shown.
 */
export const POLL_ANONYMITY_THRESHOLD = 3;

type Meta = Pick<WorkshopMeta, 'anonymous' | 'status'>;

/** Whether a breakdown may be shown to anyone at all. */
export function breakdownAllowed(meta: Meta, respondents: number): boolean {
  return !meta.anonymous || respondents >= POLL_ANONYMITY_THRESHOLD;
}

/**
 * Whether everyone in the workshop may see the breakdown, so it may be written into the public
 * doc: revealed by the facilitator, or the workshop has ended (the results page shows it).
 */
export function breakdownPublic(activity: PollActivity, meta: Meta, respondents: number): boolean {
  return (activity.resultsRevealed || meta.status === 'ended') && breakdownAllowed(meta, respondents);
}

/**
 * Whether one person may see it before that: facilitators always; a participant once they have
 * answered, unless the facilitator keeps it for the reveal.
 */
export function breakdownVisibleTo(
  activity: PollActivity,
  meta: Meta,
  respondents: number,
  viewer: { facilitator: boolean; answered: boolean },
): boolean {
  if (!breakdownAllowed(meta, respondents)) return false;
  if (breakdownPublic(activity, meta, respondents) || viewer.facilitator) return true;
  return viewer.answered && activity.resultsShown === 'afterAnswering';
}
