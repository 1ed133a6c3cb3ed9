import type * as Y from 'yjs';
import { num, numbers } from '../../fields';
import { uncountedParticipantIds } from '../../people';
import { listAnswers } from '../../privateDoc';
import { readMeta } from '../../publicDoc';
import { writeTally } from '../../tallies';
import type { PollActivity, PollTally } from './types';
import { breakdownPublic } from './visibility';

export function readPollTally(stored: Record<string, unknown>, activity: PollActivity): PollTally {
  const counts = Array.isArray(stored.counts) ? numbers(stored, 'counts') : null;
  return {
    kind: 'poll',
    counts: counts === null ? null : activity.options.map((_, index) => counts[index] ?? 0),
    respondents: num(stored, 'respondents', 0),
  };
}

/** The full breakdown from the private answers, for whoever may see it. */
export function countAnswers(pub: Y.Doc, priv: Y.Doc, activity: PollActivity) {
  const removed = uncountedParticipantIds(pub);
  const answers = listAnswers(priv, { activityId: activity.id }).filter(
    (answer) => !removed.has(answer.participantId),
  );
  const counts = activity.options.map(() => 0);
  for (const answer of answers) {
    for (const index of answer.options) {
      if (index < counts.length) counts[index] = (counts[index] ?? 0) + 1;
    }
  }
  return { counts, respondents: answers.length };
}

/**
 * The public tally: how many answered, always; the breakdown only once everyone may see it
 * (see visibility.ts). Before that it reaches people through their private view.
 */
export function recountPoll(pub: Y.Doc, priv: Y.Doc, activity: PollActivity): void {
  const { counts, respondents } = countAnswers(pub, priv, activity);
  const shown = breakdownPublic(activity, readMeta(pub), respondents);
  writeTally(pub, activity.id, { kind: 'poll', counts: shown ? counts : null, respondents });
}
