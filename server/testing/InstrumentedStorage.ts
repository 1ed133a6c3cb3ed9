import type { DocStorage, LoggedUpdate, StoredDoc } from '../storage/Storage';

/** The error thrown by injected faults, so tests can tell it from real ones. */
export class InjectedFailure extends Error {
  constructor(what: string) {
    super(`injected failure: ${what}`);
    this.name = 'InjectedFailure';
  }
}

/** A storage call held until the test releases (or fails) it. */
export interface HeldCall {
  readonly doc: string;
  /** Resolves when the call is released (before the call itself continues). */
  readonly released: Promise<void>;
  release(): void;
  fail(error?: Error): void;
}

type Operation = 'load' | 'append' | 'compact';

/**
 * Test-only wrapper around a real DocStorage: records every call, can hold calls until released
 * (to observe what happens while storage is slow) and can fail the next N calls of each kind.
 */
export class InstrumentedStorage implements DocStorage {
  /** Every call in order, e.g. `load:plan:a`, `append:3`, `compact:plan:a`. */
  readonly events: string[] = [];
  readonly loadCalls: string[] = [];
  /** Every appendUpdates call (including failed attempts), with its batch. */
  readonly appendCalls: LoggedUpdate[][] = [];
  readonly compactCalls: string[] = [];

  /** Calls of each kind that will throw InjectedFailure before reaching the real storage. */
  readonly failNext: Record<Operation, number> = { load: 0, append: 0, compact: 0 };
  /** While true, calls of that kind wait in `held` until released. */
  readonly hold: Record<Operation, boolean> = { load: false, append: false, compact: false };
  readonly held: Record<Operation, HeldCall[]> = { load: [], append: [], compact: [] };

  /** Loads in progress now, and the most ever in progress at once. */
  loading = 0;
  maxLoading = 0;

  constructor(readonly inner: DocStorage) {}

  async loadDoc(doc: string): Promise<StoredDoc> {
    this.events.push(`load:${doc}`);
    this.loadCalls.push(doc);
    this.loading++;
    this.maxLoading = Math.max(this.maxLoading, this.loading);
    try {
      await this.gate('load', doc);
      return await this.inner.loadDoc(doc);
    } finally {
      this.loading--;
    }
  }

  async appendUpdates(updates: readonly LoggedUpdate[]): Promise<void> {
    this.events.push(`append:${updates.length}`);
    this.appendCalls.push([...updates]);
    await this.gate('append', updates[0]?.doc ?? '');
    await this.inner.appendUpdates(updates);
  }

  async compactDoc(doc: string, snapshot: Uint8Array): Promise<void> {
    this.events.push(`compact:${doc}`);
    this.compactCalls.push(doc);
    await this.gate('compact', doc);
    await this.inner.compactDoc(doc, snapshot);
  }

  /** Releases every held call of a kind. */
  releaseAll(operation: Operation): void {
    for (const call of [...this.held[operation]]) call.release();
  }

  private async gate(operation: Operation, doc: string): Promise<void> {
    if (this.hold[operation]) {
      let release!: () => void;
      let fail!: (error: Error) => void;
      const released = new Promise<void>((resolve, reject) => {
        release = resolve;
        fail = reject;
      });
      const list = this.held[operation];
      const call: HeldCall = {
        doc,
        released: released.catch(() => undefined),
        release: () => {
          list.splice(list.indexOf(call), 1);
          release();
        },
        fail: (error = new InjectedFailure(`${operation} ${doc}`)) => {
          list.splice(list.indexOf(call), 1);
          fail(error);
        },
      };
      list.push(call);
      await released;
    }
    if (this.failNext[operation] > 0) {
      this.failNext[operation]--;
      throw new InjectedFailure(`${operation} ${doc}`);
    }
  }
}
