import type { KindStorage } from '../kindModule';

/** A discussion in the public doc: nothing beyond what every activity has (see `KindStorage`). */
export const discussionStorage = {
  kind: 'discussion',
  read: (_map, common) => ({ ...common, kind: 'discussion' }),
  write() {},
  board: () => null,
  readTally: () => null,
} satisfies KindStorage<'discussion'>;
