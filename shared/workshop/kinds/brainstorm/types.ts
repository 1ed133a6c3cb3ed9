import type { ClusteringBy } from '../../types';
import type { ActivityCommon } from '../activityCommon';

export interface BrainstormActivity extends ActivityCommon {
  kind: 'brainstorm';
  /** Before reveal, notes exist only in the private doc; after it, new notes appear at once. */
  notesRevealed: boolean;
  clusteringBy: ClusteringBy;
}

export interface BrainstormTally {
  kind: 'brainstorm';
  notes: number;
}
