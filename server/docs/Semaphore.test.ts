import { describe, it, expect } from 'vitest';
import { Semaphore } from './Semaphore';

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** Runs tasks through a semaphore and records how many ran at once. */
function harness(limit: number) {
  const semaphore = new Semaphore(limit);
  let running = 0;
  let max = 0;
  const run = (gate: Promise<void>) =>
    semaphore.run(async () => {
      running++;
      max = Math.max(max, running);
      try {
        await gate;
      } finally {
        running--;
      }
    });
  return { run, max: () => max, running: () => running };
}

describe('Semaphore', () => {
  it('runs at most `limit` tasks at once, the rest in order', async () => {
    const h = harness(2);
    const gates = [deferred(), deferred(), deferred(), deferred(), deferred()];
    const order: number[] = [];
    const runs = gates.map((gate, i) => h.run(gate.promise).then(() => order.push(i)));
    await Promise.resolve();
    expect(h.running()).toBe(2);
    for (const gate of gates) gate.resolve();
    await Promise.all(runs);
    expect(h.max()).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });

  it('frees the slot when a task throws', async () => {
    const semaphore = new Semaphore(1);
    await expect(semaphore.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(semaphore.run(() => Promise.resolve(7))).resolves.toBe(7);
  });

  // A task that arrives just as a running one finishes must not take the slot that was handed to
  // a waiting task: every microtask offset between the two is tried.
  it('never exceeds the limit when a new task arrives while a waiting one is being woken', async () => {
    for (let depth = 0; depth < 12; depth++) {
      const h = harness(1);
      const first = deferred();
      const waiting = deferred();
      const late = deferred();
      const runs = [h.run(first.promise), h.run(waiting.promise)];
      let chain: Promise<void> = first.promise;
      for (let i = 0; i < depth; i++) chain = chain.then(() => undefined);
      const lateRun = chain.then(() => void runs.push(h.run(late.promise)));
      first.resolve();
      await lateRun;
      // Let both remaining tasks finish, whichever holds the slot.
      waiting.resolve();
      late.resolve();
      await Promise.all(runs);
      expect({ depth, max: h.max() }).toEqual({ depth, max: 1 });
    }
  });
});
