import { listActivities } from '../activities';
import type { CommandOutcome } from '../actor';
import type { CommandOf } from '../commands';
import { NoteKeys, ParticipantKeys } from '../keys';
import {
  addVote,
  deleteAnswer,
  getAnswer,
  listPrivateNotes,
  listVotes,
  removeVote,
  setAnswer,
  setPrivateNote,
} from '../privateDoc';
import { notesMap, participantsMap } from '../publicDoc';
import type { PollActivity, VoteActivity } from '../types';
import { DONE, type Scope } from './scope';
import { recountAll } from './tallying';

/**
 * One person who joined twice becomes one participant: everything `mergeId` wrote, voted and
 * answered goes to `keepId`, within what one person may have, and `mergeId` is left removed and
 * marked as merged, with nothing of theirs left under their id (so nothing of theirs counts twice
 * or stays behind, anonymous or not). The kept participant keeps their own breakout group.
 */
export function mergeParticipants(
  scope: Scope,
  command: CommandOf<'mergeParticipants'>,
): CommandOutcome {
  const { pub, priv } = scope;
  const { keepId, mergeId } = command;
  moveNotes(scope, keepId, mergeId);
  for (const activity of listActivities(pub)) {
    if (activity.kind === 'vote') combineVotes(scope, activity, keepId, mergeId);
    if (activity.kind === 'poll') combineAnswers(scope, activity, keepId, mergeId);
  }
  const merged = participantsMap(pub).get(mergeId);
  merged?.set(ParticipantKeys.removed, true);
  merged?.set(ParticipantKeys.groupId, null);
  merged?.set(ParticipantKeys.mergedInto, keepId);
  recountAll(pub, priv);
  return DONE;
}

/**
 * Notes move whole. Their client keys are dropped: they belonged to the other device's sends.
 * A public copy names its author only in an open workshop (see publish.ts), and only there is the
 * author rewritten.
 */
function moveNotes(scope: Scope, keepId: string, mergeId: string): void {
  for (const note of listPrivateNotes(scope.priv)) {
    if (note.authorId !== mergeId) continue;
    setPrivateNote(scope.priv, { ...note, authorId: keepId, clientKey: null });
    const shown = notesMap(scope.pub).get(note.id);
    if (shown?.has(NoteKeys.authorId) === true) shown.set(NoteKeys.authorId, keepId);
  }
}

/**
 * The kept participant's own votes stay; the merged one's are added in the order they were cast
 * (ties by target, so every replay decides the same) while the target is not voted on yet and
 * the budget lasts. The rest is dropped: one vote per target and person, `votesPerPerson` in all.
 */
function combineVotes(scope: Scope, activity: VoteActivity, keepId: string, mergeId: string) {
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

/** One answer per person: the kept participant's own, or else the merged one's. */
function combineAnswers(scope: Scope, activity: PollActivity, keepId: string, mergeId: string) {
  const { priv } = scope;
  const incoming = getAnswer(priv, activity.id, mergeId);
  if (!incoming) return;
  deleteAnswer(priv, activity.id, mergeId);
  if (!getAnswer(priv, activity.id, keepId))
    setAnswer(priv, { ...incoming, participantId: keepId });
}
