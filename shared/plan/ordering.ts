import { generateKeyBetween } from 'fractional-indexing';

export interface Positioned {
  id: string;
  position: string;
}

/** Order is derived: by fractional position, ties (from concurrent inserts) broken by id. */
export function compareByPosition(a: Positioned, b: Positioned): number {
  if (a.position !== b.position) return a.position < b.position ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortByPosition<T extends Positioned>(items: Iterable<T>): T[] {
  return [...items].sort(compareByPosition);
}

/**
 * A position that sorts at `index` in `sorted` (which must not contain the item being placed).
 * Concurrent inserts can leave equal positions behind; we then widen the gap to the next
 * distinct position so a key can always be generated.
 */
export function positionAt(sorted: readonly Positioned[], index: number): string {
  const clamped = Math.max(0, Math.min(index, sorted.length));
  const before = clamped > 0 ? sorted[clamped - 1].position : null;
  let after: string | null = null;
  for (let i = clamped; i < sorted.length; i++) {
    const candidate = sorted[i].position;
    if (before === null || candidate > before) {
      after = candidate;
      break;
    }
  }
  return generateKeyBetween(before, after);
}
