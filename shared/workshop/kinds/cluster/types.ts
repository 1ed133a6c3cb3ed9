import type { ClusteringBy } from '../../types';
import type { ActivityCommon } from '../activityCommon';

export interface ClusterActivity extends ActivityCommon {
  kind: 'cluster';
  /** The brainstorm whose notes are clustered (its "board"). */
  sourceActivityId: string | null;
  clusteringBy: ClusteringBy;
}
