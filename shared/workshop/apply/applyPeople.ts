import * as Y from 'yjs';
import { isHost, type CommandOutcome } from '../actor';
import type { CommandOf } from '../commands';
import { manualAssignment, randomAssignment, smallestGroup } from '../groups';
import { GroupKeys, NoteKeys, ParticipantKeys } from '../keys';
import { listGroups, listParticipants, openGroups } from '../people';
import { getPrivateNote } from '../privateDoc';
import { groupsMap, notesMap, participantsMap } from '../publicDoc';
import { DONE, type Scope } from './scope';
import { recountAll } from './tallying';

/**
 * A latecomer during breakouts joins the smallest open group, so nobody sits on the plenary
 * board (which shows every group's notes) while the others work in groups.
 */
function groupForNewcomer(pub: Y.Doc): string | null {
  const groups = openGroups(pub);
  if (groups.length === 0) return null;
  const people = listParticipants(pub).filter((person) => !person.removed);
  const sizes = groups.map((group) => people.filter((p) => p.groupId === group.id).length);
  return groups[smallestGroup(sizes)]?.id ?? null;
}

export function join(scope: Scope, command: CommandOf<'join'>): CommandOutcome {
  const { pub, actor } = scope;
  const association = command.association ?? null;
  const existing = participantsMap(pub).get(actor.participantId);
  if (existing) {
    if (existing.get(ParticipantKeys.name) !== command.name) {
      existing.set(ParticipantKeys.name, command.name);
    }
    if (existing.get(ParticipantKeys.association) !== association) {
      existing.set(ParticipantKeys.association, association);
    }
    const groupId = existing.get(ParticipantKeys.groupId);
    return {
      type: 'joined',
      participantId: actor.participantId,
      groupId: typeof groupId === 'string' ? groupId : null,
    };
  }
  const host = isHost(actor);
  const groupId = host ? null : groupForNewcomer(pub);
  const map = new Y.Map<unknown>();
  map.set(ParticipantKeys.id, actor.participantId);
  map.set(ParticipantKeys.name, command.name);
  map.set(ParticipantKeys.association, association);
  map.set(ParticipantKeys.groupId, groupId);
  map.set(ParticipantKeys.removed, false);
  map.set(ParticipantKeys.facilitator, host);
  participantsMap(pub).set(actor.participantId, map);
  return { type: 'joined', participantId: actor.participantId, groupId };
}

/**
 * In an open workshop what they wrote and chose stops counting (their unrevealed notes are never
 * revealed, their votes and answers leave the live tallies); in an anonymous one it stays, so
 * the counts tell nobody what was theirs (see `uncountedParticipantIds`). What is already public
 * stays until a facilitator hides it, and revealed vote totals are not rewritten.
 */
export function removeParticipant(
  scope: Scope,
  command: CommandOf<'removeParticipant'>,
): CommandOutcome {
  const map = participantsMap(scope.pub).get(command.participantId);
  if (!map) return DONE;
  map.set(ParticipantKeys.removed, true);
  map.set(ParticipantKeys.groupId, null);
  recountAll(scope.pub, scope.priv);
  return DONE;
}

/** A hidden note's text leaves the public doc; the private doc keeps it for unhiding. */
export function hideNote(scope: Scope, command: CommandOf<'hideNote'>): CommandOutcome {
  const map = notesMap(scope.pub).get(command.noteId);
  if (!map) return DONE;
  map.set(NoteKeys.hidden, true);
  map.set(NoteKeys.hiddenReason, command.reason);
  map.set(NoteKeys.text, '');
  return DONE;
}

export function unhideNote(scope: Scope, command: CommandOf<'unhideNote'>): CommandOutcome {
  const map = notesMap(scope.pub).get(command.noteId);
  if (!map) return DONE;
  map.set(NoteKeys.text, getPrivateNote(scope.priv, command.noteId)?.text ?? '');
  map.set(NoteKeys.hidden, false);
  map.set(NoteKeys.hiddenReason, null);
  return DONE;
}

/** Closes every open group and sends everyone back to plenary. Notes keep their group. */
export function closeGroups(pub: Y.Doc): void {
  groupsMap(pub).forEach((group) => {
    if (group.get(GroupKeys.open) === true) group.set(GroupKeys.open, false);
  });
  participantsMap(pub).forEach((person) => {
    if (person.get(ParticipantKeys.groupId) !== null) person.set(ParticipantKeys.groupId, null);
  });
}

export function endGroups(scope: Scope): CommandOutcome {
  closeGroups(scope.pub);
  return DONE;
}

/**
 * A new split replaces the open one. Random: everyone but hosts, evenly, from the context's
 * seed. Manual: as placed; whoever was not placed (hosts aside) goes to the smallest group.
 */
export function splitIntoGroups(
  scope: Scope,
  command: CommandOf<'splitIntoGroups'>,
): CommandOutcome {
  const { pub, ctx } = scope;
  closeGroups(pub);
  const round = Math.max(0, ...listGroups(pub).map((group) => group.round)) + 1;
  const groupIds = Array.from({ length: command.count }, () => ctx.newId());
  groupIds.forEach((id, index) => {
    const map = new Y.Map<unknown>();
    map.set(GroupKeys.id, id);
    map.set(GroupKeys.name, command.names?.[index] ?? '');
    map.set(GroupKeys.number, index + 1);
    map.set(GroupKeys.round, round);
    map.set(GroupKeys.open, true);
    groupsMap(pub).set(id, map);
  });
  const people = listParticipants(pub).filter((person) => !person.removed);
  const pool = people.filter((person) => !person.facilitator).map((person) => person.id);
  const assignment =
    command.mode === 'random'
      ? randomAssignment(pool, command.count, ctx.seed)
      : manualAssignment(command.assignments ?? {}, pool, command.count);
  for (const person of people) {
    const index = assignment.get(person.id);
    const groupId = index === undefined ? null : (groupIds[index] ?? null);
    participantsMap(pub).get(person.id)?.set(ParticipantKeys.groupId, groupId);
  }
  return { type: 'groupsCreated', groupIds };
}
