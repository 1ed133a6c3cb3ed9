import type * as Y from 'yjs';
import { orderedEntries } from '../plan/items';
import { bool, oneOf, str, strOrNull, type EntityMap } from './fields';
import { ClusterKeys, NoteKeys } from './keys';
import { clustersMap, notesMap } from './publicDoc';
import { HIDE_REASONS, type Cluster, type Note } from './types';

/** Revealed notes and clusters: the public board of each brainstorm. */
export function readNote(map: EntityMap): Note {
  const hidden = bool(map, NoteKeys.hidden);
  return {
    id: str(map, NoteKeys.id),
    position: str(map, NoteKeys.position),
    activityId: str(map, NoteKeys.activityId),
    groupId: strOrNull(map, NoteKeys.groupId),
    clusterId: strOrNull(map, NoteKeys.clusterId),
    text: hidden ? '' : str(map, NoteKeys.text),
    authorId: strOrNull(map, NoteKeys.authorId),
    forRoom: bool(map, NoteKeys.forRoom),
    hidden,
    hiddenReason: hidden ? oneOf(map, NoteKeys.hiddenReason, HIDE_REASONS, 'other') : null,
  };
}

export function getNote(doc: Y.Doc, id: string): Note | null {
  const map = notesMap(doc).get(id);
  return map ? readNote(map) : null;
}

/** Notes in board order, optionally of one brainstorm. */
export function listNotes(doc: Y.Doc, activityId?: string): Note[] {
  const notes = orderedEntries(notesMap(doc)).map((entry) => readNote(entry.map));
  return activityId === undefined ? notes : notes.filter((note) => note.activityId === activityId);
}

export function readCluster(map: EntityMap): Cluster {
  return {
    id: str(map, ClusterKeys.id),
    position: str(map, ClusterKeys.position),
    activityId: str(map, ClusterKeys.activityId),
    groupId: strOrNull(map, ClusterKeys.groupId),
    title: str(map, ClusterKeys.title),
  };
}

export function getCluster(doc: Y.Doc, id: string): Cluster | null {
  const map = clustersMap(doc).get(id);
  return map ? readCluster(map) : null;
}

export function listClusters(doc: Y.Doc, activityId?: string): Cluster[] {
  const clusters = orderedEntries(clustersMap(doc)).map((entry) => readCluster(entry.map));
  return activityId === undefined
    ? clusters
    : clusters.filter((cluster) => cluster.activityId === activityId);
}
