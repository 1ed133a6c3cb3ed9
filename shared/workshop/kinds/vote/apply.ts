import { getActivity } from '../../activities';
import type { CommandOutcome } from '../../actor';
import { DONE, type Scope } from '../../apply/scope';
import { ActivityKeys } from '../../keys';
import { addVote, listVotes, removeVote } from '../../privateDoc';
import { activitiesMap } from '../../publicDoc';
import type { UnvoteCommand, VoteCommand } from './commands';
import { recountVotes, revealVoteTotals } from './tally';
import type { VoteActivity } from './types';

function voteActivity(scope: Scope, activityId: string): VoteActivity | null {
  const activity = getActivity(scope.pub, activityId);
  return activity?.kind === 'vote' ? activity : null;
}

/** The sender's own budget after the change: the one private fact their ack may carry. */
function budget(scope: Scope, activity: VoteActivity): CommandOutcome {
  const used = listVotes(scope.priv, {
    activityId: activity.id,
    participantId: scope.actor.participantId,
  }).length;
  return {
    type: 'votes',
    activityId: activity.id,
    used,
    remaining: Math.max(0, activity.votesPerPerson - used),
  };
}

export function vote(scope: Scope, command: VoteCommand): CommandOutcome {
  const activity = voteActivity(scope, command.activityId);
  if (!activity) return DONE;
  addVote(scope.priv, {
    activityId: activity.id,
    participantId: scope.actor.participantId,
    targetId: command.targetId,
    castAt: scope.ctx.now,
  });
  recountVotes(scope.pub, scope.priv, activity);
  return budget(scope, activity);
}

export function unvote(scope: Scope, command: UnvoteCommand): CommandOutcome {
  const activity = voteActivity(scope, command.activityId);
  if (!activity) return DONE;
  removeVote(scope.priv, activity.id, scope.actor.participantId, command.targetId);
  recountVotes(scope.pub, scope.priv, activity);
  return budget(scope, activity);
}

/** Closes voting: later votes are refused, so the totals stay what was revealed. */
export function revealVotes(scope: Scope, command: { activityId: string }): CommandOutcome {
  const activity = voteActivity(scope, command.activityId);
  if (!activity) return DONE;
  const cast = revealVoteTotals(scope.pub, scope.priv, activity);
  activitiesMap(scope.pub).get(activity.id)?.set(ActivityKeys.votesRevealed, true);
  return { type: 'revealed', activityId: activity.id, count: cast };
}
