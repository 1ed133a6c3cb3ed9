/**
 * Renders shared by what they render (issue #16). The key names the content exactly (a hash of
 * the plan's state and everything else the file prints, see renderKey.ts), so a file served
 * from here is the file a fresh render would make: identical requests at once share one render,
 * and a frozen version, or a draft nobody has changed since, is rendered once for a while
 * rather than for seconds of CPU again. An edit changes the state, so the key, so never serves
 * an older file. Kept small and short-lived: a cache must not become the server's memory.
 */
export interface SharedRendersOptions {
  /** Finished files kept, most recently used first out last. */
  maxEntries: number;
  /** Their bytes together; a file larger than this is shared while rendering but not kept. */
  maxBytes: number;
  /** A finished file is served this long after it was made, then let go (an idle server keeps none). */
  ttlMs: number;
}

interface Kept<V> {
  value: V;
  bytes: number;
  madeAt: number;
  expiry: NodeJS.Timeout;
}

export class SharedRenders<V> {
  private readonly rendering = new Map<string, Promise<V>>();
  /** In order of last use, oldest first (a Map keeps insertion order). */
  private readonly kept = new Map<string, Kept<V>>();
  private keptBytes = 0;

  constructor(
    private readonly options: SharedRendersOptions,
    private readonly sizeOf: (value: V) => number,
  ) {}

  /** Files kept now (tests, metrics). */
  get size(): number {
    return this.kept.size;
  }

  /** The kept file for `key`, the render under way for it, or a new one from `render`. */
  get(key: string, render: () => Promise<V>): Promise<V> {
    const kept = this.fresh(key);
    if (kept) return Promise.resolve(kept.value);
    const under = this.rendering.get(key);
    if (under) return under;
    const started = render().then(
      (value) => {
        this.rendering.delete(key);
        this.keep(key, value);
        return value;
      },
      (error: unknown) => {
        // A failure is not kept: the next request tries again.
        this.rendering.delete(key);
        throw error;
      },
    );
    this.rendering.set(key, started);
    return started;
  }

  /** Whether `key` would be served without a new render. */
  has(key: string): boolean {
    return this.rendering.has(key) || this.fresh(key) !== null;
  }

  clear(): void {
    for (const key of [...this.kept.keys()]) this.drop(key);
  }

  private fresh(key: string): Kept<V> | null {
    const kept = this.kept.get(key);
    if (!kept) return null;
    if (Date.now() - kept.madeAt >= this.options.ttlMs) {
      this.drop(key);
      return null;
    }
    // Used now: to the end of the line, the last to go.
    this.kept.delete(key);
    this.kept.set(key, kept);
    return kept;
  }

  private drop(key: string): void {
    const kept = this.kept.get(key);
    if (!kept) return;
    clearTimeout(kept.expiry);
    this.kept.delete(key);
    this.keptBytes -= kept.bytes;
  }

  private keep(key: string, value: V): void {
    const bytes = this.sizeOf(value);
    if (bytes > this.options.maxBytes || this.options.maxEntries <= 0) return;
    this.drop(key);
    const expiry = setTimeout(() => this.drop(key), this.options.ttlMs);
    expiry.unref();
    this.kept.set(key, { value, bytes, madeAt: Date.now(), expiry });
    this.keptBytes += bytes;
    for (const oldKey of [...this.kept.keys()]) {
      if (this.kept.size <= this.options.maxEntries && this.keptBytes <= this.options.maxBytes) break;
      this.drop(oldKey);
    }
  }
}
