import { getActivity } from '../../activities';
import type { CommandOutcome } from '../../actor';
import { DONE, type Scope } from '../../apply/scope';
import { ActivityKeys } from '../../keys';
import { setAnswer } from '../../privateDoc';
import { activitiesMap } from '../../publicDoc';
import type { AnswerPollCommand, RevealPollCommand } from './commands';
import { recountPoll } from './tally';

export function answerPoll(scope: Scope, command: AnswerPollCommand): CommandOutcome {
  const activity = getActivity(scope.pub, command.activityId);
  if (activity?.kind !== 'poll') return DONE;
  setAnswer(scope.priv, {
    activityId: activity.id,
    participantId: scope.actor.participantId,
    options: [...command.options].sort((a, b) => a - b),
    answeredAt: scope.ctx.now,
  });
  recountPoll(scope.pub, scope.priv, activity);
  return DONE;
}

/** From now on the breakdown is public (once allowed: see visibility.ts); answering stays open. */
export function revealPoll(scope: Scope, command: RevealPollCommand): CommandOutcome {
  activitiesMap(scope.pub).get(command.activityId)?.set(ActivityKeys.pollResultsRevealed, true);
  const activity = getActivity(scope.pub, command.activityId);
  if (activity?.kind !== 'poll') return DONE;
  recountPoll(scope.pub, scope.priv, activity);
  return DONE;
}
