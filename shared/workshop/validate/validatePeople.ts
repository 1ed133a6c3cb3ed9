import type * as Y from 'yjs';
import { mayJoin, type Actor } from '../actor';
import { getNote } from '../board';
import type { CommandOf } from '../commands';
import { fail, OK, WorkshopErrorCode as E, type Validation } from '../errors';
import { WorkshopLimits } from '../limits';
import { getParticipant, openGroups } from '../people';
import { participantsMap, readMeta } from '../publicDoc';
import { asHost } from './guards';

/** People and moderation: joining, removing, breakout groups, hiding notes. */

/** Joining again is fine (a second phone, a reload) and may update the name shown. */
export function validateJoin(pub: Y.Doc, actor: Actor): Validation {
  if (!mayJoin(actor)) return fail(E.Forbidden, `role ${actor.role} cannot take part`);
  const existing = getParticipant(pub, actor.participantId);
  if (actor.removed === true || existing?.removed === true) {
    return fail(E.ParticipantRemoved, 'the facilitator removed this participant');
  }
  if (readMeta(pub).status === 'ended') return fail(E.WorkshopEnded, 'the workshop has ended');
  if (!existing && participantsMap(pub).size >= WorkshopLimits.participants) {
    return fail(E.LimitReached, 'the workshop is full');
  }
  return OK;
}

export function validateRemoveParticipant(
  pub: Y.Doc,
  _priv: Y.Doc,
  actor: Actor,
  command: CommandOf<'removeParticipant'>,
): Validation {
  const host = asHost(pub, actor, ['draft', 'running']);
  if (!host.ok) return host;
  if (command.participantId === actor.participantId) {
    return fail(E.InvalidTransition, 'you cannot remove yourself');
  }
  const target = getParticipant(pub, command.participantId);
  if (!target) return fail(E.UnknownParticipant, `no participant ${command.participantId}`);
  return target.removed ? fail(E.InvalidTransition, 'already removed') : OK;
}

/**
 * Merging two present participants who are one person. Hosts are staff on their own accounts,
 * never a duplicate to fold away, so neither side may be one (nor the one merging).
 */
export function validateMergeParticipants(
  pub: Y.Doc,
  _priv: Y.Doc,
  actor: Actor,
  command: CommandOf<'mergeParticipants'>,
): Validation {
  const host = asHost(pub, actor, ['draft', 'running']);
  if (!host.ok) return host;
  if (command.keepId === command.mergeId) {
    return fail(E.InvalidTransition, 'choose two different participants');
  }
  for (const id of [command.keepId, command.mergeId]) {
    const person = getParticipant(pub, id);
    if (!person) return fail(E.UnknownParticipant, `no participant ${id}`);
    if (person.removed) return fail(E.InvalidTransition, `${id} has been removed`);
    if (person.facilitator || id === actor.participantId) {
      return fail(E.InvalidTransition, 'hosts are not merged');
    }
  }
  return OK;
}

/** Moderation stays possible after the end: the results page must not keep showing abuse. */
export function validateHideNote(
  pub: Y.Doc,
  _priv: Y.Doc,
  actor: Actor,
  command: CommandOf<'hideNote'> | CommandOf<'unhideNote'>,
): Validation {
  const host = asHost(pub, actor, ['running', 'ended']);
  if (!host.ok) return host;
  const note = getNote(pub, command.noteId);
  if (!note) return fail(E.UnknownNote, `no revealed note ${command.noteId}`);
  const hide = command.type === 'hideNote';
  if (note.hidden === hide) {
    return fail(E.InvalidTransition, hide ? 'the note is hidden' : 'the note is not hidden');
  }
  return OK;
}

export function validateSplitIntoGroups(
  pub: Y.Doc,
  _priv: Y.Doc,
  actor: Actor,
  command: CommandOf<'splitIntoGroups'>,
): Validation {
  const host = asHost(pub, actor, ['draft', 'running']);
  if (!host.ok) return host;
  if (command.names !== undefined && command.names.length > command.count) {
    return fail(E.BadCommand, 'more names than groups');
  }
  if (command.mode === 'random') {
    return command.assignments === undefined
      ? OK
      : fail(E.BadCommand, 'random groups take no assignments');
  }
  if (command.assignments === undefined) {
    return fail(E.BadCommand, 'manual groups need assignments');
  }
  for (const [participantId, index] of Object.entries(command.assignments)) {
    const person = getParticipant(pub, participantId);
    if (!person || person.removed) {
      return fail(E.UnknownParticipant, `no participant ${participantId}`);
    }
    if (index >= command.count) return fail(E.UnknownGroup, `there are ${command.count} groups`);
  }
  return OK;
}

export function validateEndGroups(pub: Y.Doc, actor: Actor): Validation {
  const host = asHost(pub, actor, ['draft', 'running']);
  if (!host.ok) return host;
  return openGroups(pub).length > 0 ? OK : fail(E.InvalidTransition, 'no breakout groups are open');
}
