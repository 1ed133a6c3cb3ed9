import * as prng from 'lib0/prng';
import { vi } from 'vitest';
import { FuzzServer } from './FuzzServer';
import { FuzzWorld, type WorldOptions } from './FuzzWorld';

export interface FuzzOptions extends WorldOptions {
  steps: number;
  clients: number;
  /** A fresh temp directory for the run's SQLite file. */
  dir: string;
}

export type FuzzSummary = FuzzWorld['counts'] & { refusals: FuzzWorld['refusals'] };

/** A fixed start for the fake clock, so nothing in a run depends on when it ran. */
const EPOCH = Date.UTC(2026, 0, 1);

/**
 * One seeded run: `steps` random steps, then healing, then the invariants. Throws with the
 * seed, a rerun command and the last steps taken when anything does not hold.
 */
export async function runFuzz(seed: number, options: FuzzOptions): Promise<FuzzSummary> {
  // setImmediate stays real: the store's writer and the rooms batch on it, and the run awaits it.
  vi.useFakeTimers({
    now: EPOCH,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
  // The provider jitters its resync delay with Math.random: seeded too, on a stream of its own.
  const jitter = prng.create(seed + 0x9e3779b9);
  const random = vi.spyOn(Math, 'random').mockImplementation(() => prng.real53(jitter));
  const server = new FuzzServer(options.dir);
  const world = new FuzzWorld(seed, server, options);
  let step = 0;
  try {
    await world.setUp(options.clients);
    for (; step < options.steps; step++) {
      await world.step();
      world.checkStep();
    }
    await world.heal();
    await world.checkHealed();
    return { ...world.counts, refusals: world.refusals };
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const trace = world.trace.slice(-40).join('\n    ');
    throw new Error(
      `sync fuzz failed: seed=${seed}, step ${step} of ${options.steps}\n  ${message}\n` +
        `  rerun: SEED=${seed} FUZZ_STEPS=${options.steps} npx vitest run --project unit tests/fuzz\n` +
        `  last steps:\n    ${trace}` +
        (server.errors.length > 0
          ? `\n  server errors:\n    ${server.errors.slice(-10).join('\n    ')}`
          : ''),
      { cause: error },
    );
  } finally {
    world.destroy();
    await server.close();
    random.mockRestore();
    vi.useRealTimers();
  }
}
