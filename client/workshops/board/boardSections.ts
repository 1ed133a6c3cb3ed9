import type { Cluster, Group, Note } from '../../../shared/workshop/types';
import type { WorkshopView } from '../../../shared/workshop/views/workshopView';

export interface ClusterWithNotes {
  cluster: Cluster;
  notes: Note[];
}

/** One breakout group's part of a brainstorm's board (or the plenary part: `group` null). */
export interface BoardSection {
  groupId: string | null;
  group: Group | null;
  clusters: ClusterWithNotes[];
  unsorted: Note[];
}

export interface SectionOptions {
  /** Facilitators see hidden notes (to unhide them); everyone else never does. */
  showHidden: boolean;
  /**
   * A participant in an open breakout group sees only that group's board; undefined shows every
   * section (plenary, facilitators, and everyone once the groups have ended).
   */
  onlyGroup?: string | null;
}

/**
 * A brainstorm's board split by breakout group, in display order: plenary first, then groups by
 * round and number. A section is shown when it has notes or clusters, or is an open group (so an
 * empty group's board is there to work on); the plenary section is there when nothing else is.
 * A note sits in its cluster's section: a facilitator may move a note into another group's
 * cluster, and it should appear where it was put.
 */
export function boardSections(
  view: WorkshopView,
  boardId: string,
  options: SectionOptions,
): BoardSection[] {
  const notes = view.notes.filter(
    (note) => note.activityId === boardId && (options.showHidden || !note.hidden),
  );
  const clusters = view.clusters.filter((cluster) => cluster.activityId === boardId);
  const clusterById = new Map(clusters.map((cluster) => [cluster.id, cluster]));
  const clusterOf = (note: Note) =>
    note.clusterId === null ? undefined : clusterById.get(note.clusterId);

  const present = new Set<string | null>();
  for (const cluster of clusters) present.add(cluster.groupId);
  for (const note of notes) present.add(clusterOf(note)?.groupId ?? note.groupId);
  for (const group of view.groups) if (group.open) present.add(group.id);

  const known = new Map(view.groups.map((group) => [group.id, group]));
  const order: (string | null)[] = [
    null,
    ...view.groups.map((group) => group.id),
    // A group id the view does not list (should not happen) still gets its section, last.
    ...[...present].filter((id): id is string => id !== null && !known.has(id)),
  ];
  let ids = order.filter((id) => present.has(id));
  if (options.onlyGroup !== undefined) ids = [options.onlyGroup];
  if (ids.length === 0) ids = [null];

  return ids.map((groupId) => ({
    groupId,
    group: groupId === null ? null : (known.get(groupId) ?? null),
    clusters: clusters
      .filter((cluster) => cluster.groupId === groupId)
      .map((cluster) => ({
        cluster,
        notes: notes.filter((note) => note.clusterId === cluster.id),
      })),
    unsorted: notes.filter((note) => !clusterOf(note) && note.groupId === groupId),
  }));
}

/** Where a note in `section` can be moved: "not sorted" (null) and the section's clusters. */
export function moveTargets(section: BoardSection): { id: string | null; title: string | null }[] {
  return [
    { id: null, title: null },
    ...section.clusters.map(({ cluster }) => ({ id: cluster.id, title: cluster.title })),
  ];
}
