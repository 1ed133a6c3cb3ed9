import { bool, num, oneOf } from '../../fields';
import { ActivityKeys as K } from '../../keys';
import { CLUSTERING_BY } from '../../types';
import type { KindStorage } from '../kindModule';
import type { BrainstormChanges } from './settings';
import type { BrainstormActivity } from './types';

/** A brainstorm in the public doc (see `KindStorage`). */
export const brainstormStorage = {
  kind: 'brainstorm',
  read: (map, common) => ({
    ...common,
    kind: 'brainstorm',
    notesRevealed: bool(map, K.notesRevealed),
    clusteringBy: oneOf(map, K.clusteringBy, CLUSTERING_BY, 'facilitators'),
  }),
  write(set, settings: BrainstormChanges) {
    set(K.clusteringBy, settings.clusteringBy);
  },
  initialize(map) {
    map.set(K.notesRevealed, false);
  },
  board: (activity: BrainstormActivity) => activity.id,
  readTally: (stored) => ({ kind: 'brainstorm', notes: num(stored, 'notes', 0) }),
} satisfies KindStorage<'brainstorm'>;
