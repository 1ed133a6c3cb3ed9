import * as prng from 'lib0/prng';

/**
 * Deterministic randomness from the seed the server passes in the context, so the same
 * command on the same documents gives the same result (replays, tests, several replicas).
 * lib0's generator is seeded through xorshift32, which is stuck at 0 for a seed of 0 and only
 * reads 32 bits: seeds are folded into 1..2^31-1.
 */
export function normalizeSeed(seed: number): number {
  const folded = Math.abs(Math.trunc(Number.isFinite(seed) ? seed : 1)) % 0x7fffffff;
  return folded === 0 ? 1 : folded;
}

export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const gen = prng.create(normalizeSeed(seed));
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = prng.int32(gen, 0, i);
    const a = result[i] as T;
    result[i] = result[j] as T;
    result[j] = a;
  }
  return result;
}
