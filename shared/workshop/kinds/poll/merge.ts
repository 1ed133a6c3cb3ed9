import type { Scope } from '../../apply/scope';
import { deleteAnswer, getAnswer, setAnswer } from '../../privateDoc';
import type { PollActivity } from './types';

/** One answer per person: the kept participant's own, or else the merged one's. */
export function combineAnswers(scope: Scope, activity: PollActivity, keepId: string, mergeId: string) {
  const { priv } = scope;
  const incoming = getAnswer(priv, activity.id, mergeId);
  if (!incoming) return;
  deleteAnswer(priv, activity.id, mergeId);
  if (!getAnswer(priv, activity.id, keepId))
    setAnswer(priv, { ...incoming, participantId: keepId });
}
