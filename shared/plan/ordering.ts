import { generateKeyBetween } from 'fractional-indexing';

export interface Positioned {
  id: string;
  position: string;
}

/**
 * Order is derived: by fractional position, ties (from concurrent inserts) broken by id.
 * An item can be seen without a position for a while: a move replaces the position value, and
 * when its update arrives before earlier updates of the same client, Yjs applies the deletion of
 * the old value at once but holds the new value back until the gap is filled. Such items sort
 * last rather than jumping to the top.
 */
export function compareByPosition(a: Positioned, b: Positioned): number {
  if (a.position !== b.position) {
    if (a.position === '') return 1;
    if (b.position === '') return -1;
    return a.position < b.position ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortByPosition<T extends Positioned>(items: Iterable<T>): T[] {
  return [...items].sort(compareByPosition);
}

/** Whether a key can be a neighbour for a new key (missing, or written by a faulty client). */
export function isUsable(position: string): boolean {
  if (position === '') return false;
  try {
    generateKeyBetween(position, null);
    return true;
  } catch {
    return false;
  }
}

/**
 * A position that sorts at `index` in `sorted` (which must not contain the item being placed).
 * Concurrent inserts can leave equal positions behind; we then widen the gap to the next
 * distinct position so a key can always be generated. Unusable positions are stepped over.
 */
export function positionAt(sorted: readonly Positioned[], index: number): string {
  const clamped = Math.max(0, Math.min(index, sorted.length));
  const usableBefore = sorted
    .slice(0, clamped)
    .findLast((item) => isUsable(item.position))?.position;
  const before = usableBefore ?? null;
  const after = sorted
    .slice(clamped)
    .find((item) => (before === null || item.position > before) && isUsable(item.position));
  return generateKeyBetween(before, after?.position ?? null);
}
