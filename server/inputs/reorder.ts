import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * New positions for a list in the order `requested`, which must name every id of `current`
 * exactly once (a client that saw an older list must reload rather than lose or double an item).
 * Resolves to the positions, or to why the order was refused.
 */
export function reorderPositions(
  current: readonly string[],
  requested: readonly string[],
): { ok: true; positions: { id: string; position: string }[] } | { ok: false; message: string } {
  const known = new Set(current);
  const seen = new Set<string>();
  for (const id of requested) {
    if (!known.has(id)) return { ok: false, message: `unknown id ${id}` };
    if (seen.has(id)) return { ok: false, message: `id ${id} is listed twice` };
    seen.add(id);
  }
  if (seen.size !== known.size)
    return { ok: false, message: 'the order must list every item once' };
  const keys = generateNKeysBetween(null, null, requested.length);
  return { ok: true, positions: requested.map((id, index) => ({ id, position: keys[index]! })) };
}

/** The position after the last of `positions` (sorted ascending), for an item added at the end. */
export function positionAfter(positions: readonly string[]): string {
  return generateKeyBetween(positions.at(-1) ?? null, null);
}
