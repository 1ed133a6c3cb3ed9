import type * as Y from 'yjs';
import { listActivities } from '../../activities';
import { getParticipant } from '../../people';
import { getAnswer } from '../../privateDoc';
import { readMeta } from '../../publicDoc';
import { readTally } from '../../tallies';
import { countAnswers } from './tally';
import { breakdownVisibleTo } from './visibility';

/** A poll's breakdown sent to one person only, while it is not public. */
export interface PrivatePollResult {
  activityId: string;
  counts: number[];
  respondents: number;
}

/**
 * The breakdowns `participantId` may see but the public doc does not hold yet: facilitators'
 * live counts, and a participant's after they answered (unless kept for the reveal).
 */
export function privatePollResults(pub: Y.Doc, priv: Y.Doc, participantId: string): PrivatePollResult[] {
  const meta = readMeta(pub);
  const facilitator = getParticipant(pub, participantId)?.facilitator === true;
  const results: PrivatePollResult[] = [];
  for (const activity of listActivities(pub)) {
    if (activity.kind !== 'poll' || activity.state === 'pending') continue;
    const tally = readTally(pub, activity);
    if (tally?.kind === 'poll' && tally.counts !== null) continue;
    const answered = getAnswer(priv, activity.id, participantId) !== null;
    const { counts, respondents } = countAnswers(pub, priv, activity);
    if (breakdownVisibleTo(activity, meta, respondents, { facilitator, answered })) {
      results.push({ activityId: activity.id, counts, respondents });
    }
  }
  return results;
}
