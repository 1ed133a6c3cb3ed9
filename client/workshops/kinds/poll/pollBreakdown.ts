import { POLL_ANONYMITY_THRESHOLD } from '../../../../shared/workshop/kinds/poll/visibility';
import type { PollActivity } from '../../../../shared/workshop/types';
import type { MyPrivateView } from '../../../../shared/workshop/views/privateView';
import type { WorkshopView } from '../../../../shared/workshop/views/workshopView';

export type PollBreakdown =
  | { shown: true; counts: number[]; respondents: number }
  | {
      shown: false;
      respondents: number;
      /** Why not (yet): too few answers in an anonymous workshop, answer first, or the reveal. */
      reason: 'tooFew' | 'waitForAnswer' | 'waitForReveal';
    };

/**
 * What this screen may show of a poll: the public breakdown, or the one sent privately to this
 * person (after answering, or as a facilitator); otherwise only how many have answered.
 */
export function pollBreakdown(
  view: WorkshopView,
  mine: MyPrivateView | null,
  activity: PollActivity,
): PollBreakdown {
  const tally = view.tallies[activity.id];
  const publicCounts = tally?.kind === 'poll' ? tally.counts : null;
  const own = mine?.pollResults?.find((result) => result.activityId === activity.id);
  const respondents = Math.max(tally?.kind === 'poll' ? tally.respondents : 0, own?.respondents ?? 0);
  if (publicCounts) return { shown: true, counts: publicCounts, respondents };
  if (own) return { shown: true, counts: own.counts, respondents: own.respondents };
  const answered = mine?.pollAnswers.some((answer) => answer.activityId === activity.id) ?? false;
  const reason =
    view.meta.anonymous && respondents < POLL_ANONYMITY_THRESHOLD
      ? 'tooFew'
      : !answered && activity.resultsShown === 'afterAnswering'
        ? 'waitForAnswer'
        : 'waitForReveal';
  return { shown: false, respondents, reason };
}
