import type { EditLogEntry, EditLogStorage } from '../storage/Storage';

const MINUTE = 60_000;

interface Pending {
  planId: string;
  section: string;
  editor: string;
  first: number;
  last: number;
}

interface Batch {
  rows: Map<string, Pending>;
  /** Settles once the batch is stored (or failed to be). */
  done: Promise<void>;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** The row an entry lands in: storage keeps one per plan, section, person and minute. */
function rowKey(entry: EditLogEntry): string {
  return `${entry.planId}\u0000${entry.section}\u0000${entry.editor}\u0000${Math.floor(entry.at / MINUTE)}`;
}

/**
 * The edit log written once per turn of the event loop instead of once per keystroke: entries
 * recorded in one turn are merged by the row they land in (plan, section, person, minute) and
 * stored in one `record` call. The row ends up the same, since storage keeps the earliest and
 * latest time of a row, and both are passed on. Under a storm of N editors this turns a storage
 * transaction per update into one per turn (issue #16).
 *
 * Reads go through `editorsBetween` after what is pending is stored, so nothing recorded before
 * a read is missing from it.
 */
export class TurnBatchedEditLog implements EditLogStorage {
  private open: Batch | null = null;

  constructor(
    private readonly log: EditLogStorage,
    private readonly schedule: (task: () => void) => void = setImmediate,
  ) {}

  record(entries: readonly EditLogEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    const batch = this.open ?? this.startBatch();
    for (const entry of entries) {
      const key = rowKey(entry);
      const row = batch.rows.get(key);
      if (row) {
        row.first = Math.min(row.first, entry.at);
        row.last = Math.max(row.last, entry.at);
      } else {
        const { planId, section, editor, at } = entry;
        batch.rows.set(key, { planId, section, editor, first: at, last: at });
      }
    }
    return batch.done;
  }

  async editorsBetween(planId: string, fromTime: number, toTime: number): Promise<Map<string, string[]>> {
    // A failed write is the recorders' to report; the read goes on with what is stored.
    await this.flush().catch(() => undefined);
    return this.log.editorsBetween(planId, fromTime, toTime);
  }

  /** Stores what is pending now (the turn's end does this on its own). */
  flush(): Promise<void> {
    const batch = this.open;
    if (!batch) return Promise.resolve();
    this.open = null;
    const entries: EditLogEntry[] = [];
    for (const { planId, section, editor, first, last } of batch.rows.values()) {
      entries.push({ planId, section, editor, at: first });
      if (last !== first) entries.push({ planId, section, editor, at: last });
    }
    try {
      this.log.record(entries).then(batch.resolve, batch.reject);
    } catch (error) {
      // A storage that throws instead of rejecting still only fails this batch.
      batch.reject(error);
    }
    return batch.done;
  }

  private startBatch(): Batch {
    let resolve!: () => void;
    let reject!: (error: unknown) => void;
    const done = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const batch: Batch = { rows: new Map(), done, resolve, reject };
    this.open = batch;
    this.schedule(() => {
      if (this.open === batch) void this.flush().catch(() => undefined);
    });
    return batch;
  }
}
