import { fail, OK, WorkshopErrorCode as E } from '../../errors';
import { oneOf, strOrNull } from '../../fields';
import { ActivityKeys as K } from '../../keys';
import { CLUSTERING_BY } from '../../types';
import { boardResult, type BoardResult } from '../../views/boardResult';
import type { KindModule } from '../kindModule';
import { clusterConfig, type ClusterChanges } from './settings';
import type { ClusterActivity } from './types';

export interface ClusterResult {
  kind: 'cluster';
  activity: ClusterActivity;
  board: BoardResult | null;
}

/** Grouping a brainstorm's notes into themes, on that brainstorm's board. */
export const clusterKind = {
  kind: 'cluster',
  configSchema: clusterConfig,
  read: (map, common) => ({
    ...common,
    kind: 'cluster',
    sourceActivityId: strOrNull(map, K.sourceActivityId),
    clusteringBy: oneOf(map, K.clusteringBy, CLUSTERING_BY, 'facilitators'),
  }),
  write(set, settings: ClusterChanges) {
    set(K.sourceActivityId, settings.sourceActivityId);
    set(K.clusteringBy, settings.clusteringBy);
  },
  checkStartedChange: (_activity: ClusterActivity, changes: ClusterChanges) =>
    changes.sourceActivityId === undefined
      ? OK
      : fail(E.ActivityStarted, 'this setting is fixed once the activity has started'),
  board: (activity: ClusterActivity) => activity.sourceActivityId,
  readTally: () => null,
  result(pub, activity: ClusterActivity): ClusterResult {
    const board = activity.sourceActivityId;
    return { kind: 'cluster', activity, board: board === null ? null : boardResult(pub, board) };
  },
  // The themes are shown with the brainstorm they were made on.
  markdown: () => [],
} satisfies KindModule<'cluster', ClusterResult>;
