import { fail, OK, WorkshopErrorCode as E } from '../../errors';
import { readTally } from '../../tallies';
import type { KindModule } from '../kindModule';
import { unvote, vote } from './apply';
import { unvoteCommand, voteCommand } from './commands';
import { combineVotes } from './merge';
import { rankedResults, type RankedTarget } from './ranking';
import { voteConfig, type VoteChanges } from './settings';
import { voteStorage } from './storage';
import { recountVotes } from './tally';
import type { VoteActivity } from './types';
import { validateUnvote, validateVote } from './validate';

export interface VoteResult {
  kind: 'vote';
  activity: VoteActivity;
  /** Null until the votes are revealed. */
  ranking: RankedTarget[] | null;
  cast: number;
  voters: number;
}

/** Dot voting on a brainstorm's notes or themes; totals stay private until `revealVotes`. */
export const voteKind = {
  ...voteStorage,
  configSchema: voteConfig,
  commands: {
    vote: { schema: voteCommand, facilitator: false, validate: validateVote, apply: vote },
    unvote: { schema: unvoteCommand, facilitator: false, validate: validateUnvote, apply: unvote },
  },
  /** The facilitator may hand out more votes while voting is open; nothing else changes. */
  checkStartedChange(activity: VoteActivity, changes: VoteChanges) {
    if (changes.sourceActivityId !== undefined || changes.voteOn !== undefined) {
      return fail(E.ActivityStarted, 'this setting is fixed once the activity has started');
    }
    if (changes.votesPerPerson === undefined) return OK;
    if (activity.votesRevealed || changes.votesPerPerson < activity.votesPerPerson) {
      return fail(E.ActivityStarted, 'votes can only be added while voting is open');
    }
    return OK;
  },
  recount: (pub, priv, activity: VoteActivity) => recountVotes(pub, priv, activity),
  mergeParticipant: (scope, activity: VoteActivity, keepId, mergeId) =>
    combineVotes(scope, activity, keepId, mergeId),
  result(pub, activity: VoteActivity): VoteResult {
    const tally = readTally(pub, activity);
    return {
      kind: 'vote',
      activity,
      ranking: rankedResults(pub, activity.id),
      cast: tally?.kind === 'vote' ? tally.cast : 0,
      voters: tally?.kind === 'vote' ? tally.voters : 0,
    };
  },
  markdown(result: VoteResult, { labels, line }) {
    if (result.ranking === null) return [labels.notRevealed];
    return [
      result.ranking
        .map((target) => `${target.rank}\\. ${line(target.label)} — ${labels.votes.toLowerCase()}: ${target.votes}`)
        .join('  \n'),
    ];
  },
} satisfies KindModule<'vote', VoteResult>;
