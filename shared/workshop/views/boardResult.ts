import type * as Y from 'yjs';
import { listClusters, listNotes } from '../board';
import type { Cluster, Note } from '../types';

export interface BoardResult {
  clusters: { cluster: Cluster; notes: Note[] }[];
  unclustered: Note[];
  /** Hidden notes are left out of results; how many there were is still shown. */
  hiddenNotes: number;
}

export function boardResult(pub: Y.Doc, boardId: string): BoardResult {
  const notes = listNotes(pub, boardId);
  const visible = notes.filter((note) => !note.hidden);
  const clusters = listClusters(pub, boardId);
  const clusterIds = new Set(clusters.map((cluster) => cluster.id));
  return {
    clusters: clusters.map((cluster) => ({
      cluster,
      notes: visible.filter((note) => note.clusterId === cluster.id),
    })),
    unclustered: visible.filter(
      (note) => note.clusterId === null || !clusterIds.has(note.clusterId),
    ),
    hiddenNotes: notes.length - visible.length,
  };
}
