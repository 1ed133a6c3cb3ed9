import type { ActivityKind } from '../types';
import { brainstormStorage } from './brainstorm/storage';
import { clusterStorage } from './cluster/storage';
import { discussionStorage } from './discussion/storage';
import type { KindStorage } from './kindModule';
import { pollStorage } from './poll/storage';
import { voteStorage } from './vote/storage';

/**
 * How each kind is stored in the public doc: what reading and writing activities and tallies
 * dispatch to (activities.ts, tallies.ts). Apart from `activityKinds` (index.ts, whose modules
 * spread these) so a screen that only reads a workshop never loads the commands' zod schemas.
 */
export const kindStorages = {
  brainstorm: brainstormStorage,
  cluster: clusterStorage,
  vote: voteStorage,
  poll: pollStorage,
  discussion: discussionStorage,
} satisfies { [K in ActivityKind]: KindStorage<K> };

/** Loosely typed for generic code, as `kindModule` in index.ts (and for the same reason). */
export function kindStorage(kind: ActivityKind): KindStorage<ActivityKind> {
  return kindStorages[kind];
}
