import type * as Y from 'yjs';
import { boardOf, getActivity } from '../activities';
import { mayOrganize, type Actor } from '../actor';
import { getCluster, getNote, listClusters } from '../board';
import type { CommandOf } from '../commands';
import { fail, OK, WorkshopErrorCode as E, type Validation, type WorkshopFailure } from '../errors';
import { WorkshopLimits } from '../limits';
import { checkRoomNote, ownNotes, ROOM_NOTES_FOR_HOSTS } from '../kinds/brainstorm/forRoom';
import { findOwnNote, getPrivateNote, type PrivateNote } from '../privateDoc';
import type { BrainstormActivity, ClusterActivity, WorkshopMeta } from '../types';
import {
  asMember,
  checkGroup,
  currentActivity,
  inputOpen,
  isKind,
  targetGroup,
  type Member,
} from './guards';

/** Notes and clusters: writing in a brainstorm, organising its board. */

export function validateAddNote(
  pub: Y.Doc,
  priv: Y.Doc,
  actor: Actor,
  command: CommandOf<'addNote'>,
): Validation {
  const member = asMember(pub, actor);
  if (!member.ok) return member;
  // Before anything else, so a participant is always told the same, whatever the activity.
  if (command.forRoom === true && !member.host) return ROOM_NOTES_FOR_HOSTS;
  // A resend after a lost ack: the note is there already, so it is fine, whatever happened since.
  // Looked up among the sender's own notes only, so it says nothing about anyone else's.
  if (
    command.clientKey !== undefined &&
    findOwnNote(priv, actor.participantId, command.activityId, command.clientKey)
  ) {
    return OK;
  }
  const found = currentActivity(pub, member.meta, command.activityId, ['brainstorm']);
  if (!found.ok) return found;
  const open = inputOpen(member.meta, member.host);
  if (!open.ok) return open;
  const group = targetGroup(pub, member, command.groupId);
  if (!group.ok) return group;
  if (command.forRoom === true) return checkRoomNote(priv, command.activityId);
  if (
    ownNotes(priv, actor.participantId, command.activityId).length >=
    WorkshopLimits.notesPerPersonPerActivity
  ) {
    return fail(E.LimitReached, 'too many notes in this activity');
  }
  return OK;
}

/**
 * Editing and deleting: the author only, while the note's brainstorm is running. Someone
 * else's unrevealed note is reported as unknown, not as "not yours", so its existence is
 * not confirmed.
 */
function ownNote(
  pub: Y.Doc,
  priv: Y.Doc,
  actor: Actor,
  noteId: string,
): { ok: true; member: Member; note: PrivateNote } | WorkshopFailure {
  const member = asMember(pub, actor);
  if (!member.ok) return member;
  const note = getPrivateNote(priv, noteId);
  if (!note || (!note.revealed && note.authorId !== actor.participantId)) {
    return fail(E.UnknownNote, `no note ${noteId}`);
  }
  if (note.authorId !== actor.participantId) return fail(E.NotNoteAuthor, 'not your note');
  const found = currentActivity(pub, member.meta, note.activityId, ['brainstorm']);
  if (!found.ok) return found;
  const open = inputOpen(member.meta, member.host);
  if (!open.ok) return open;
  return { ok: true, member, note };
}

export function validateEditNote(
  pub: Y.Doc,
  priv: Y.Doc,
  actor: Actor,
  command: CommandOf<'editNote'>,
): Validation {
  const own = ownNote(pub, priv, actor, command.noteId);
  if (!own.ok) return own;
  if (own.note.revealed && getNote(pub, command.noteId)?.hidden === true) {
    return fail(E.NoteHidden, 'the facilitator has hidden this note');
  }
  return OK;
}

export function validateDeleteNote(
  pub: Y.Doc,
  priv: Y.Doc,
  actor: Actor,
  command: CommandOf<'deleteNote'>,
): Validation {
  const own = ownNote(pub, priv, actor, command.noteId);
  return own.ok ? OK : own;
}

/**
 * Organising happens on the board of the running activity: a brainstorm's own, or the one a
 * cluster activity works on. Never during a vote, so targets do not change under voters.
 */
function organizing(
  pub: Y.Doc,
  meta: WorkshopMeta,
  actor: Actor,
  boardId: string,
): { ok: true; activity: BrainstormActivity | ClusterActivity } | WorkshopFailure {
  const activity = getActivity(pub, meta.currentActivityId);
  if (!activity || activity.state !== 'active') {
    return fail(E.ActivityNotActive, 'no activity is running');
  }
  if (!isKind(activity, ['brainstorm', 'cluster'])) {
    return fail(E.WrongActivityKind, `notes are not organised in a ${activity.kind} activity`);
  }
  if (boardOf(activity) !== boardId) {
    return fail(E.ActivityNotCurrent, 'the running activity works on another board');
  }
  if (!mayOrganize(actor, activity.clusteringBy)) {
    return fail(E.ClusteringNotAllowed, 'only facilitators organise notes in this activity');
  }
  return { ok: true, activity };
}

function organizer(
  pub: Y.Doc,
  member: Member,
  actor: Actor,
  boardId: string,
  groupId: string | null,
): Validation {
  const active = organizing(pub, member.meta, actor, boardId);
  if (!active.ok) return active;
  const open = inputOpen(member.meta, member.host);
  if (!open.ok) return open;
  return checkGroup(member, groupId);
}

export function validateMoveNote(
  pub: Y.Doc,
  _priv: Y.Doc,
  actor: Actor,
  command: CommandOf<'moveNote'>,
): Validation {
  const member = asMember(pub, actor);
  if (!member.ok) return member;
  // Only revealed notes are on a board; an unrevealed one is as unknown here as anywhere.
  const note = getNote(pub, command.noteId);
  if (!note) return fail(E.UnknownNote, `no note ${command.noteId}`);
  const checked = organizer(pub, member, actor, note.activityId, note.groupId);
  if (!checked.ok) return checked;
  if (command.clusterId === null) return OK;
  const cluster = getCluster(pub, command.clusterId);
  if (!cluster || cluster.activityId !== note.activityId) {
    return fail(E.UnknownCluster, `no cluster ${command.clusterId} on this board`);
  }
  return checkGroup(member, cluster.groupId);
}

export function validateCreateCluster(
  pub: Y.Doc,
  _priv: Y.Doc,
  actor: Actor,
  command: CommandOf<'createCluster'>,
): Validation {
  const member = asMember(pub, actor);
  if (!member.ok) return member;
  const found = currentActivity(pub, member.meta, command.activityId, ['brainstorm', 'cluster']);
  if (!found.ok) return found;
  const boardId = boardOf(found.activity);
  if (boardId === null)
    return fail(E.ActivityNotReady, 'the activity has no brainstorm to cluster');
  const group = targetGroup(pub, member, command.groupId);
  if (!group.ok) return group;
  const checked = organizer(pub, member, actor, boardId, group.groupId);
  if (!checked.ok) return checked;
  if (listClusters(pub, boardId).length >= WorkshopLimits.clustersPerBoard) {
    return fail(E.LimitReached, 'too many clusters on this board');
  }
  return OK;
}

function existingCluster(pub: Y.Doc, actor: Actor, clusterId: string): Validation {
  const member = asMember(pub, actor);
  if (!member.ok) return member;
  const cluster = getCluster(pub, clusterId);
  if (!cluster) return fail(E.UnknownCluster, `no cluster ${clusterId}`);
  return organizer(pub, member, actor, cluster.activityId, cluster.groupId);
}

export function validateRenameCluster(
  pub: Y.Doc,
  _priv: Y.Doc,
  actor: Actor,
  command: CommandOf<'renameCluster'>,
): Validation {
  return existingCluster(pub, actor, command.clusterId);
}

export function validateDeleteCluster(
  pub: Y.Doc,
  _priv: Y.Doc,
  actor: Actor,
  command: CommandOf<'deleteCluster'>,
): Validation {
  return existingCluster(pub, actor, command.clusterId);
}
