import { fail, OK, WorkshopErrorCode as E } from '../../errors';
import { boardResult, type BoardResult } from '../../views/boardResult';
import type { KindModule } from '../kindModule';
import { clusterConfig, type ClusterChanges } from './settings';
import { clusterStorage } from './storage';
import type { ClusterActivity } from './types';

export interface ClusterResult {
  kind: 'cluster';
  activity: ClusterActivity;
  board: BoardResult | null;
}

/** Grouping a brainstorm's notes into themes, on that brainstorm's board. */
export const clusterKind = {
  ...clusterStorage,
  configSchema: clusterConfig,
  checkStartedChange: (_activity: ClusterActivity, changes: ClusterChanges) =>
    changes.sourceActivityId === undefined
      ? OK
      : fail(E.ActivityStarted, 'this setting is fixed once the activity has started'),
  result(pub, activity: ClusterActivity): ClusterResult {
    const board = activity.sourceActivityId;
    return { kind: 'cluster', activity, board: board === null ? null : boardResult(pub, board) };
  },
  // The themes are shown with the brainstorm they were made on.
  markdown: () => [],
} satisfies KindModule<'cluster', ClusterResult>;
