import { listActivities } from '../activities';
import type { CommandOutcome } from '../actor';
import type { CommandOf } from '../commands';
import { NoteKeys, ParticipantKeys } from '../keys';
import { moduleOf } from '../kinds';
import { listPrivateNotes, setPrivateNote } from '../privateDoc';
import { notesMap, participantsMap } from '../publicDoc';
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
    moduleOf(activity).mergeParticipant?.(scope, activity, keepId, mergeId);
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
