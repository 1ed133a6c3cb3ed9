import type { StampStore } from './CommandStamps';

/** Command stamps in memory, shared by the "servers" of a test; can fail on demand. */
export class MemoryStamps {
  private readonly stamps = new Map<string, string>();
  private readonly counts = new Map<string, number>();
  /** While set, every call rejects (Redis unreachable). */
  failing = false;
  /** Every stamp put, in order. */
  readonly puts: string[] = [];

  connect(): StampStore {
    return {
      take: (key) => {
        if (this.failing) return Promise.reject(new Error('stamps unreachable'));
        const stamp = this.stamps.get(key) ?? null;
        this.stamps.delete(key);
        const count = (this.counts.get(key) ?? 0) + 1;
        this.counts.set(key, count);
        return Promise.resolve({ stamp, count });
      },
      put: (key, stamp) => {
        if (this.failing) return Promise.reject(new Error('stamps unreachable'));
        this.stamps.set(key, stamp);
        this.puts.push(stamp);
        return Promise.resolve();
      },
    };
  }

  /** Puts a stamp as a late message from an earlier holder would. */
  overwrite(key: string, stamp: string): void {
    this.stamps.set(key, stamp);
  }
}
