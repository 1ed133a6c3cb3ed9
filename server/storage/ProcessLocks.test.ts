import { describe, it, expect } from 'vitest';
import { ProcessLocks } from './ProcessLocks';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('ProcessLocks', () => {
  it('runs holders of one key one after another, other keys at once', async () => {
    const locks = new ProcessLocks();
    const order: string[] = [];
    const gate = deferred();
    const first = locks.withLock('a', async () => {
      order.push('a1 start');
      await gate.promise;
      order.push('a1 end');
    });
    const second = locks.withLock('a', () => Promise.resolve(void order.push('a2')));
    await locks.withLock('b', () => Promise.resolve(void order.push('b')));
    gate.resolve();
    await Promise.all([first, second]);
    expect(order).toEqual(['a1 start', 'b', 'a1 end', 'a2']);
  });

  it('tryWithLock gives null while the key is held and runs once it is free', async () => {
    const locks = new ProcessLocks();
    const gate = deferred();
    const held = locks.withLock('k', () => gate.promise);
    expect(await locks.tryWithLock('k', () => Promise.resolve('ran'))).toBeNull();
    gate.resolve();
    await held;
    expect(await locks.tryWithLock('k', () => Promise.resolve('ran'))).toBe('ran');
  });

  it('a failing holder releases the lock and passes its error on', async () => {
    const locks = new ProcessLocks();
    await expect(locks.withLock('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await locks.withLock('k', () => Promise.resolve(1))).toBe(1);
  });
});
