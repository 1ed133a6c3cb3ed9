import type { LockStorage } from './Storage';

/** Locks for a single server process (the SQLite default): a promise chain per key. */
export class ProcessLocks implements LockStorage {
  private readonly queues = new Map<string, { tail: Promise<unknown>; waiting: number }>();

  withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const queue = this.queues.get(key) ?? { tail: Promise.resolve(), waiting: 0 };
    queue.waiting += 1;
    this.queues.set(key, queue);
    const release = (): void => {
      queue.waiting -= 1;
      if (queue.waiting === 0 && this.queues.get(key) === queue) this.queues.delete(key);
    };
    const result = queue.tail.then(fn).finally(release);
    queue.tail = result.catch(() => undefined);
    return result;
  }

  tryWithLock<T>(key: string, fn: () => Promise<T>): Promise<T | null> {
    if (this.queues.has(key)) return Promise.resolve(null);
    return this.withLock(key, fn);
  }
}
