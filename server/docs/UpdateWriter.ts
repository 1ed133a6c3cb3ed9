import type { DocStorage, LoggedUpdate } from '../storage/Storage';

export interface UpdateWriterOptions {
  /** Called when a batch fails; the batch is retried, so nothing acknowledged can be lost. */
  onError?: (error: unknown, attempt: number) => void;
  /** Longest wait between retries of a failing batch. */
  maxRetryDelayMs?: number;
  /** Bytes appended but not committed above which `accepting` says no (storage is behind). */
  maxBacklogBytes?: number;
  /** Updates appended but not committed above which `accepting` says no. */
  maxBacklogUpdates?: number;
}

/** What is appended but not committed, per document (logged when a shutdown gives up on it). */
export interface Unstored {
  doc: string;
  updates: number;
  bytes: number;
}

/** Generous: a healthy database commits a batch within milliseconds, so only an outage reaches it. */
export const DEFAULT_MAX_BACKLOG_BYTES = 64 * 1024 * 1024;
export const DEFAULT_MAX_BACKLOG_UPDATES = 50_000;

interface Batch {
  updates: LoggedUpdate[];
  bytes: number;
  done: Promise<void>;
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * Collects the updates of one event-loop turn and commits them in a single transaction, so a
 * storm of keystrokes costs one commit per tick, not one per keystroke. Promises resolve only
 * after the commit; a failing batch is retried (with backoff) until it succeeds, because the
 * updates are already in the live document and acknowledging them later is the only honest way.
 * While storage is down the backlog grows; `accepting` lets callers refuse new changes (before
 * applying them) once it is over the cap, and `abandon` ends the retrying at a shutdown deadline.
 */
export class UpdateWriter {
  private open: Batch | null = null;
  private writing: Promise<void> = Promise.resolve();
  private closed = false;
  private abandoned = false;
  /** Batches appended to and not yet committed (the open one included). */
  private readonly uncommitted = new Set<Batch>();
  /** The last batch started and not yet committed: batches commit in order, so it covers all. */
  private newest: Batch | null = null;
  private backlogBytes = 0;
  private backlogUpdates = 0;
  /** Cuts short the wait before the next retry (set while waiting). */
  private wake: (() => void) | null = null;

  constructor(
    private readonly storage: DocStorage,
    private readonly options: UpdateWriterOptions = {},
  ) {}

  /** Queues an update; resolves once it is committed. */
  append(doc: string, update: Uint8Array): Promise<void> {
    if (this.closed || this.abandoned) return Promise.reject(new Error('writer is closed'));
    const batch = this.open ?? this.startBatch();
    batch.updates.push({ doc, update });
    batch.bytes += update.byteLength;
    this.backlogBytes += update.byteLength;
    this.backlogUpdates++;
    return batch.done;
  }

  /** Whether an update of `bytes` may be appended without the backlog going over its cap. */
  accepting(bytes: number): boolean {
    if (this.closed || this.abandoned) return false;
    return (
      this.backlogBytes + bytes <= (this.options.maxBacklogBytes ?? DEFAULT_MAX_BACKLOG_BYTES) &&
      this.backlogUpdates + 1 <= (this.options.maxBacklogUpdates ?? DEFAULT_MAX_BACKLOG_UPDATES)
    );
  }

  /** Appended but not committed, by document. */
  unstored(): Unstored[] {
    const byDoc = new Map<string, Unstored>();
    for (const batch of this.uncommitted) {
      for (const { doc, update } of batch.updates) {
        const entry = byDoc.get(doc) ?? { doc, updates: 0, bytes: 0 };
        entry.updates++;
        entry.bytes += update.byteLength;
        byDoc.set(doc, entry);
      }
    }
    return [...byDoc.values()];
  }

  /** Resolves once everything appended so far is committed; rejects if it never will be. */
  flushed(): Promise<void> {
    if (this.abandoned) return Promise.reject(new Error('writer was abandoned'));
    return this.newest ? this.newest.done : Promise.resolve();
  }

  /**
   * Runs `task` once everything appended so far is committed, serialised with the commits
   * (never during one). Batches opened meanwhile may commit first; for compaction that is
   * harmless, since the snapshot is encoded when the task runs and so includes them.
   */
  async exclusive<T>(task: () => Promise<T>): Promise<T> {
    await this.flushed();
    const result = this.writing.then(() => {
      if (this.abandoned) throw new Error('writer was abandoned');
      return task();
    });
    this.writing = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  async close(): Promise<void> {
    await this.flushed();
    this.closed = true;
  }

  /**
   * Stops retrying (a shutdown deadline passed with storage down): every uncommitted append
   * rejects, so nothing is acknowledged that was not stored, and later calls are refused.
   * Returns what was given up, for the log. The clients still hold those changes and send
   * them again when they reconnect.
   */
  abandon(): Unstored[] {
    const given = this.unstored();
    this.abandoned = true;
    this.open = null;
    this.newest = null;
    const error = new Error('not stored: the server shut down while storage was failing');
    for (const batch of this.uncommitted) batch.reject(error);
    this.uncommitted.clear();
    this.wake?.();
    return given;
  }

  private startBatch(): Batch {
    let resolve!: () => void;
    let reject!: (error: Error) => void;
    const done = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    // Nobody may be listening (an abandoned batch is also reported through its appends).
    done.catch(() => undefined);
    const batch: Batch = { updates: [], bytes: 0, done, resolve, reject };
    this.open = batch;
    this.newest = batch;
    this.uncommitted.add(batch);
    // setImmediate: every update that arrives in this turn of the event loop joins the batch.
    setImmediate(() => {
      if (this.open === batch) this.open = null;
      this.writing = this.writing.then(() => this.commit(batch));
    });
    return batch;
  }

  private async commit(batch: Batch): Promise<void> {
    for (let attempt = 1; !this.abandoned; attempt++) {
      try {
        await this.storage.appendUpdates(batch.updates);
        this.committed(batch);
        return;
      } catch (error) {
        if (this.abandoned) return;
        this.options.onError?.(error, attempt);
        const delay = Math.min(50 * 2 ** attempt, this.options.maxRetryDelayMs ?? 5_000);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wake = null;
      }
    }
  }

  private committed(batch: Batch): void {
    if (!this.uncommitted.delete(batch)) return;
    if (this.newest === batch) this.newest = null;
    this.backlogBytes -= batch.bytes;
    this.backlogUpdates -= batch.updates.length;
    batch.resolve();
  }
}
