import type { Scope } from '../../apply/scope';
import { addVote, listVotes, removeVote } from '../../privateDoc';
import type { VoteActivity } from './types';

/**
 * The kept participant's own votes stay; the merged one's are added in the order they were cast
 * (ties by target, so every replay decides the same) while the target is not voted on yet and
 * the budget lasts. The rest is dropped: one vote per target and person, `votesPerPerson` in all.
 */
export function combineVotes(scope: Scope, activity: VoteActivity, keepId: string, mergeId: string) {
  const { priv } = scope;
  const kept = listVotes(priv, { activityId: activity.id, participantId: keepId });
  const incoming = listVotes(priv, { activityId: activity.id, participantId: mergeId }).sort(
    (a, b) =>
      a.castAt - b.castAt || (a.targetId < b.targetId ? -1 : a.targetId > b.targetId ? 1 : 0),
  );
  const targets = new Set(kept.map((vote) => vote.targetId));
  for (const vote of incoming) {
    removeVote(priv, activity.id, mergeId, vote.targetId);
    if (targets.has(vote.targetId) || targets.size >= activity.votesPerPerson) continue;
    targets.add(vote.targetId);
    addVote(priv, { ...vote, participantId: keepId });
  }
}
