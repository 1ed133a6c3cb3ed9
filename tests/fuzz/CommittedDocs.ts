import * as Y from 'yjs';
import type { DocStorage, LoggedUpdate, StoredDoc } from '../../server/storage/Storage';

/** Whether the database is reachable; shared by all incarnations (an outage outlives a restart). */
export interface StorageHealth {
  down: boolean;
  /** Whether loads fail in an outage too, or only writes (see WorldOptions.outageFailsLoads). */
  loadsFail: boolean;
  /** While slow, each write waits here until the fuzzer lets it commit (oldest first). */
  slow: boolean;
  readonly held: (() => void)[];
}

/**
 * A DocStorage wrapper for one server incarnation. It mirrors what has been committed into a
 * Y.Doc per document (shared by all incarnations, so "is this stored?" is one state-vector
 * comparison); writes wait while `health.slow` and fail while `health.down`; and `crash()`
 * freezes it: every call from then on hangs forever, as a killed process's would, so the old
 * DocStore commits nothing more.
 */
export class CommittedDocs implements DocStorage {
  private crashed = false;

  constructor(
    private readonly inner: DocStorage,
    private readonly committed: Map<string, Y.Doc>,
    private readonly health: StorageHealth,
  ) {}

  crash(): void {
    this.crashed = true;
  }

  async loadDoc(doc: string): Promise<StoredDoc> {
    await this.alive(this.health.loadsFail);
    return this.inner.loadDoc(doc);
  }

  async appendUpdates(updates: readonly LoggedUpdate[]): Promise<void> {
    await this.slowness();
    await this.alive();
    await this.inner.appendUpdates(updates);
    for (const { doc, update } of updates) Y.applyUpdate(this.mirror(doc), update);
  }

  async compactDoc(doc: string, snapshot: Uint8Array): Promise<void> {
    await this.slowness();
    await this.alive();
    await this.inner.compactDoc(doc, snapshot);
    // The snapshot holds only what the log already held (the store compacts behind its writer).
    Y.applyUpdate(this.mirror(doc), snapshot);
  }

  private mirror(doc: string): Y.Doc {
    let mirror = this.committed.get(doc);
    if (!mirror) {
      mirror = new Y.Doc({ gc: true });
      this.committed.set(doc, mirror);
    }
    return mirror;
  }

  /** A database with latency (PostgreSQL, a busy disk): a crash meanwhile loses the write. */
  private slowness(): Promise<void> {
    if (!this.health.slow) return Promise.resolve();
    return new Promise<void>((resolve) => this.health.held.push(resolve));
  }

  private alive(failsInOutage = true): Promise<void> {
    if (this.crashed) return new Promise<void>(() => undefined);
    if (this.health.down && failsInOutage)
      return Promise.reject(new Error('injected storage outage'));
    return Promise.resolve();
  }
}
