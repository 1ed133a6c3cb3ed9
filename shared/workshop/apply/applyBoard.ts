import * as Y from 'yjs';
import { positionAt } from '../../plan/ordering';
import { boardOf, getActivity } from '../activities';
import type { CommandOutcome } from '../actor';
import { listClusters, listNotes, readCluster } from '../board';
import type { CommandOf } from '../commands';
import { ClusterKeys, NoteKeys } from '../keys';
import { getParticipant } from '../people';
import {
  deletePrivateNote,
  findOwnNote,
  getPrivateNote,
  setPrivateNote,
  type PrivateNote,
} from '../privateDoc';
import { clustersMap, notesMap } from '../publicDoc';
import { publishNote } from './publish';
import { DONE, type Scope } from './scope';
import { recountBrainstorm } from './tallying';

/** The actor's breakout group: indexes in move commands count among what they see. */
function ownGroup(scope: Scope): string | null {
  return getParticipant(scope.pub, scope.actor.participantId)?.groupId ?? null;
}

export function addNote(scope: Scope, command: CommandOf<'addNote'>): CommandOutcome {
  const { pub, priv, actor, ctx } = scope;
  const resent =
    command.clientKey === undefined
      ? null
      : findOwnNote(priv, actor.participantId, command.activityId, command.clientKey);
  if (resent) return { type: 'noteAdded', noteId: resent.id, visible: resent.revealed };
  const activity = getActivity(pub, command.activityId);
  const visible = activity?.kind === 'brainstorm' && activity.notesRevealed;
  const note: PrivateNote = {
    id: ctx.newId(),
    activityId: command.activityId,
    // Validation has made sure a participant names no group but their own.
    groupId: command.groupId !== undefined ? command.groupId : ownGroup(scope),
    authorId: actor.participantId,
    text: command.text,
    createdAt: ctx.now,
    revealed: visible,
    clientKey: command.clientKey ?? null,
    forRoom: command.forRoom === true,
  };
  setPrivateNote(priv, note);
  if (visible) publishNote(pub, note);
  recountBrainstorm(pub, priv, note.activityId);
  return { type: 'noteAdded', noteId: note.id, visible };
}

export function editNote(scope: Scope, command: CommandOf<'editNote'>): CommandOutcome {
  const note = getPrivateNote(scope.priv, command.noteId);
  if (!note) return DONE;
  setPrivateNote(scope.priv, { ...note, text: command.text });
  if (note.revealed) notesMap(scope.pub).get(note.id)?.set(NoteKeys.text, command.text);
  return DONE;
}

export function deleteNote(scope: Scope, command: CommandOf<'deleteNote'>): CommandOutcome {
  const note = getPrivateNote(scope.priv, command.noteId);
  if (!note) return DONE;
  deletePrivateNote(scope.priv, note.id);
  notesMap(scope.pub).delete(note.id);
  recountBrainstorm(scope.pub, scope.priv, note.activityId);
  return DONE;
}

/**
 * `index` counts among the notes the actor sees in the target: the cluster's (or the loose
 * notes') of their own group while in a breakout, of the whole board in plenary.
 */
export function moveNote(scope: Scope, command: CommandOf<'moveNote'>): CommandOutcome {
  const map = notesMap(scope.pub).get(command.noteId);
  if (!map) return DONE;
  const activityId = map.get(NoteKeys.activityId);
  const group = ownGroup(scope);
  const siblings = listNotes(scope.pub, typeof activityId === 'string' ? activityId : '').filter(
    (note) =>
      note.id !== command.noteId &&
      note.clusterId === command.clusterId &&
      (group === null || note.groupId === group),
  );
  map.set(NoteKeys.clusterId, command.clusterId);
  map.set(NoteKeys.position, positionAt(siblings, command.index ?? siblings.length));
  return DONE;
}

export function createCluster(scope: Scope, command: CommandOf<'createCluster'>): CommandOutcome {
  const { pub, ctx } = scope;
  const activity = getActivity(pub, command.activityId);
  const boardId = activity ? boardOf(activity) : null;
  if (boardId === null) return DONE;
  const own = ownGroup(scope);
  const groupId = command.groupId !== undefined ? command.groupId : own;
  const siblings = listClusters(pub, boardId).filter(
    (cluster) => own === null || cluster.groupId === own,
  );
  const id = ctx.newId();
  const map = new Y.Map<unknown>();
  map.set(ClusterKeys.id, id);
  map.set(ClusterKeys.position, positionAt(siblings, command.index ?? siblings.length));
  map.set(ClusterKeys.activityId, boardId);
  map.set(ClusterKeys.groupId, groupId);
  map.set(ClusterKeys.title, command.title);
  clustersMap(pub).set(id, map);
  return { type: 'created', id };
}

export function renameCluster(scope: Scope, command: CommandOf<'renameCluster'>): CommandOutcome {
  clustersMap(scope.pub).get(command.clusterId)?.set(ClusterKeys.title, command.title);
  return DONE;
}

/** Its notes stay on the board, loose, where they were. */
export function deleteCluster(scope: Scope, command: CommandOf<'deleteCluster'>): CommandOutcome {
  const clusters = clustersMap(scope.pub);
  const map = clusters.get(command.clusterId);
  if (!map) return DONE;
  const { activityId } = readCluster(map);
  notesMap(scope.pub).forEach((note) => {
    const inCluster = note.get(NoteKeys.clusterId) === command.clusterId;
    if (inCluster && note.get(NoteKeys.activityId) === activityId)
      note.set(NoteKeys.clusterId, null);
  });
  clusters.delete(command.clusterId);
  return DONE;
}
