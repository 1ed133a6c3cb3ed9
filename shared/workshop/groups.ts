import { seededShuffle } from './random';

/**
 * Who goes into which breakout group, as pure functions of ids, counts and a seed.
 * Ids are sorted before shuffling, so the result does not depend on the order a Y.Map
 * happens to iterate in.
 */

/** Random groups whose sizes differ by at most one. Returns group index per participant id. */
export function randomAssignment(
  participantIds: readonly string[],
  count: number,
  seed: number,
): Map<string, number> {
  const shuffled = seededShuffle([...new Set(participantIds)].sort(), seed);
  const result = new Map<string, number>();
  shuffled.forEach((id, index) => result.set(id, index % count));
  return result;
}

/**
 * The index of the smallest group, lowest index on ties: where a latecomer, or someone the
 * facilitator did not place, goes.
 */
export function smallestGroup(sizes: readonly number[]): number {
  let best = 0;
  sizes.forEach((size, index) => {
    if (size < (sizes[best] ?? Infinity)) best = index;
  });
  return best;
}

/**
 * The facilitator's placements, with everyone in `rest` (not placed) added to the smallest
 * group one by one, in id order — so nobody is left on the plenary board during breakouts.
 */
export function manualAssignment(
  placed: Readonly<Record<string, number>>,
  rest: readonly string[],
  count: number,
): Map<string, number> {
  const result = new Map<string, number>();
  const sizes = Array.from({ length: count }, () => 0);
  for (const [id, index] of Object.entries(placed)) {
    result.set(id, index);
    sizes[index] = (sizes[index] ?? 0) + 1;
  }
  for (const id of [...new Set(rest)].sort()) {
    if (result.has(id)) continue;
    const index = smallestGroup(sizes);
    result.set(id, index);
    sizes[index] = (sizes[index] ?? 0) + 1;
  }
  return result;
}
