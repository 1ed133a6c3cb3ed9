import { fail, OK, WorkshopErrorCode as E } from '../../errors';
import { readTally } from '../../tallies';
import type { KindModule } from '../kindModule';
import { answerPoll, revealPoll } from './apply';
import { answerPollCommand, revealPollCommand } from './commands';
import { combineAnswers } from './merge';
import { pollConfig, type PollChanges } from './settings';
import { pollStorage } from './storage';
import { recountPoll } from './tally';
import type { PollActivity } from './types';
import { validateAnswerPoll, validateRevealPoll } from './validate';

export interface PollResult {
  kind: 'poll';
  activity: PollActivity;
  /** Counts are null while the breakdown is not public (see visibility.ts). */
  options: { label: string; count: number | null }[];
  respondents: number;
}

/** A question with fixed options; the breakdown is public only once everyone may see it. */
export const pollKind = {
  ...pollStorage,
  configSchema: pollConfig,
  commands: {
    answerPoll: {
      schema: answerPollCommand,
      facilitator: false,
      validate: validateAnswerPoll,
      apply: answerPoll,
    },
    revealPoll: {
      schema: revealPollCommand,
      facilitator: true,
      validate: validateRevealPoll,
      apply: revealPoll,
    },
  },
  /** Options are fixed once answers may exist; who sees the results may change any time. */
  checkStartedChange: (_activity: PollActivity, changes: PollChanges) =>
    changes.options === undefined && changes.multiple === undefined
      ? OK
      : fail(E.ActivityStarted, 'this setting is fixed once the activity has started'),
  recount: (pub, priv, activity: PollActivity) => recountPoll(pub, priv, activity),
  // New options while the poll is pending: keep the (empty) counts aligned with them.
  afterUpdate: (scope, activity: PollActivity) => recountPoll(scope.pub, scope.priv, activity),
  mergeParticipant: (scope, activity: PollActivity, keepId, mergeId) =>
    combineAnswers(scope, activity, keepId, mergeId),
  result(pub, activity: PollActivity): PollResult {
    const tally = readTally(pub, activity);
    const counts = tally?.kind === 'poll' ? tally.counts : null;
    return {
      kind: 'poll',
      activity,
      options: activity.options.map((label, index) => ({
        label,
        count: counts === null ? null : (counts[index] ?? 0),
      })),
      respondents: tally?.kind === 'poll' ? tally.respondents : 0,
    };
  },
  markdown(result: PollResult, { labels, line }) {
    const respondents = `${labels.respondents}: ${result.respondents}`;
    if (result.options.some((option) => option.count === null)) return [respondents, labels.notRevealed];
    return [respondents, result.options.map((option) => `- ${line(option.label)}: ${option.count ?? 0}`).join('\n')];
  },
} satisfies KindModule<'poll', PollResult>;
