import type { DocStorage, LoggedUpdate } from '../storage/Storage';

export interface UpdateWriterOptions {
  /** Called when a batch fails; the batch is retried, so nothing acknowledged can be lost. */
  onError?: (error: unknown, attempt: number) => void;
  /** Longest wait between retries of a failing batch. */
  maxRetryDelayMs?: number;
}

interface Batch {
  updates: LoggedUpdate[];
  done: Promise<void>;
  resolve: () => void;
}

/**
 * Collects the updates of one event-loop turn and commits them in a single transaction, so a
 * storm of keystrokes costs one commit per tick, not one per keystroke. Promises resolve only
 * after the commit; a failing batch is retried (with backoff) until it succeeds, because the
 * updates are already in the live document and acknowledging them later is the only honest way.
 */
export class UpdateWriter {
  private open: Batch | null = null;
  private writing: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly storage: DocStorage,
    private readonly options: UpdateWriterOptions = {},
  ) {}

  /** Queues an update; resolves once it is committed. */
  append(doc: string, update: Uint8Array): Promise<void> {
    if (this.closed) return Promise.reject(new Error('writer is closed'));
    const batch = this.open ?? this.startBatch();
    batch.updates.push({ doc, update });
    return batch.done;
  }

  /** Resolves once everything appended so far is committed. */
  flushed(): Promise<void> {
    return this.open ? this.open.done : this.writing;
  }

  /**
   * Runs `task` once everything appended so far is committed, serialised with the commits
   * (never during one). Batches opened meanwhile may commit first; for compaction that is
   * harmless, since the snapshot is encoded when the task runs and so includes them.
   */
  async exclusive<T>(task: () => Promise<T>): Promise<T> {
    await this.flushed();
    const result = this.writing.then(task);
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

  private startBatch(): Batch {
    let resolve!: () => void;
    const done = new Promise<void>((r) => (resolve = r));
    const batch: Batch = { updates: [], done, resolve };
    this.open = batch;
    // setImmediate: every update that arrives in this turn of the event loop joins the batch.
    setImmediate(() => {
      if (this.open === batch) this.open = null;
      this.writing = this.writing.then(() => this.commit(batch));
    });
    return batch;
  }

  private async commit(batch: Batch): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.storage.appendUpdates(batch.updates);
        batch.resolve();
        return;
      } catch (error) {
        this.options.onError?.(error, attempt);
        const delay = Math.min(50 * 2 ** attempt, this.options.maxRetryDelayMs ?? 5_000);
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }
}
