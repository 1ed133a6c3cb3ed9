import type * as Y from 'yjs';
import { bool, num, str, strOrNull, type EntityMap } from './fields';
import { GroupKeys, ParticipantKeys } from './keys';
import { groupsMap, participantsMap, readMeta } from './publicDoc';
import type { Group, Participant } from './types';
import { compareNorwegian } from '../text/norwegianOrder';

export function readParticipant(map: EntityMap): Participant {
  return {
    id: str(map, ParticipantKeys.id),
    name: str(map, ParticipantKeys.name),
    association: strOrNull(map, ParticipantKeys.association),
    groupId: strOrNull(map, ParticipantKeys.groupId),
    removed: bool(map, ParticipantKeys.removed),
    facilitator: bool(map, ParticipantKeys.facilitator),
    mergedInto: strOrNull(map, ParticipantKeys.mergedInto),
  };
}

export function getParticipant(doc: Y.Doc, id: string): Participant | null {
  const map = participantsMap(doc).get(id);
  return map ? readParticipant(map) : null;
}

/** Everyone who joined, removed people included, by name (then id, so the order is total). */
export function listParticipants(doc: Y.Doc): Participant[] {
  const people: Participant[] = [];
  participantsMap(doc).forEach((map) => people.push(readParticipant(map)));
  return people.sort((a, b) => compareNorwegian(a.name, b.name) || compareIds(a.id, b.id));
}

/** Ids of removed people; unsorted, for the checks that run on every command. */
export function removedParticipantIds(doc: Y.Doc): Set<string> {
  const ids = new Set<string>();
  participantsMap(doc).forEach((map, id) => {
    if (map.get(ParticipantKeys.removed) === true) ids.add(id);
  });
  return ids;
}

/**
 * Whose earlier input no longer counts: removed people's, in an open workshop. In an anonymous
 * one, what a person wrote, voted and answered before being removed stays counted (and their
 * notes are revealed with the rest, authorless; a facilitator hides single notes as usual):
 * taking it out would change the counts everyone sees by exactly that person's share and so tell
 * the room how many notes they wrote and what they voted and answered. Holding the change until
 * the reveal would only move the same disclosure to the reveal. Removal still stops anything new.
 */
export function uncountedParticipantIds(doc: Y.Doc): Set<string> {
  return readMeta(doc).anonymous ? new Set() : removedParticipantIds(doc);
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function readGroup(map: EntityMap): Group {
  return {
    id: str(map, GroupKeys.id),
    name: str(map, GroupKeys.name),
    number: num(map, GroupKeys.number, 0),
    round: num(map, GroupKeys.round, 0),
    open: bool(map, GroupKeys.open),
  };
}

export function getGroup(doc: Y.Doc, id: string): Group | null {
  const map = groupsMap(doc).get(id);
  return map ? readGroup(map) : null;
}

/** Every group ever made, by split and then number. */
export function listGroups(doc: Y.Doc): Group[] {
  const groups: Group[] = [];
  groupsMap(doc).forEach((map) => groups.push(readGroup(map)));
  return groups.sort((a, b) => a.round - b.round || a.number - b.number || compareIds(a.id, b.id));
}

export function openGroups(doc: Y.Doc): Group[] {
  return listGroups(doc).filter((group) => group.open);
}
