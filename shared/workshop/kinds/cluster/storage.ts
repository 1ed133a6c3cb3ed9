import { oneOf, strOrNull } from '../../fields';
import { ActivityKeys as K } from '../../keys';
import { CLUSTERING_BY } from '../../types';
import type { KindStorage } from '../kindModule';
import type { ClusterChanges } from './settings';
import type { ClusterActivity } from './types';

/** A cluster activity in the public doc (see `KindStorage`). */
export const clusterStorage = {
  kind: 'cluster',
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
  board: (activity: ClusterActivity) => activity.sourceActivityId,
  readTally: () => null,
} satisfies KindStorage<'cluster'>;
