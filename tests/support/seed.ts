import * as prng from 'lib0/prng';
import { onTestFailed } from 'vitest';

/**
 * The seed of a randomised test: `SEED` when set (to replay a failure), else the test's fixed
 * default, so two runs of the same code make the same choices.
 */
export function testSeed(fixedDefault: number): number {
  const raw = process.env.SEED;
  if (raw === undefined || raw === '') return fixedDefault;
  const seed = Number(raw);
  // lib0's generator is seeded through xorshift32, which is stuck at 0 for a seed of 0.
  if (!Number.isInteger(seed) || seed <= 0 || seed > 0x7fffffff) {
    throw new Error(`SEED must be an integer from 1 to ${0x7fffffff}, not ${raw}`);
  }
  return seed;
}

/**
 * A generator for `seed`. Call it inside the test: if the test then fails, the seed and the
 * command that replays it are printed.
 */
export function seededGenerator(seed: number, file: string): prng.PRNG {
  onTestFailed(() => {
    console.error(
      `randomised test failed with seed ${seed}; replay: SEED=${seed} npx vitest run ${file}`,
    );
  });
  return prng.create(seed);
}
