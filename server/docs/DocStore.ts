import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import type { DocStorage } from '../storage/Storage';
import { UpdateWriter } from './UpdateWriter';
import { Semaphore } from './Semaphore';
import { relayedOrigin, singleNodeRelay, type DocRelay, type RelayLink } from '../cluster/DocRelay';
import { answerSummary, summarise } from '../cluster/replicaState';

export interface DocStoreOptions {
  /** How long a document stays in memory after the last user leaves. */
  unloadDelayMs: number;
  /** Compact (snapshot + drop log) once the log holds this many updates… */
  compactAfterUpdates: number;
  /** …or this many bytes. */
  compactAfterBytes: number;
  /** Loads running at once; the rest wait, so a reconnect storm cannot exhaust the server. */
  maxConcurrentLoads: number;
  onError?: (error: unknown, context: string) => void;
  /** Told after every change to a document, e.g. to keep the plan list current. */
  onDocChanged?: (name: string, doc: Y.Doc) => void;
  /** Keeps the replicas on other servers in step (server/cluster/); absent for one server. */
  relay?: DocRelay;
}

/** A loaded document: its Y.Doc and the presence (awareness) of the people in it. */
export interface LiveDoc {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
}

/** What the update log holds beyond the snapshot, to decide when to compact. */
interface LogState {
  logUpdates: number;
  logBytes: number;
  compacting: boolean;
}

interface Entry {
  live: Promise<LiveDoc>;
  log: LogState;
  refs: number;
  unloadTimer: ReturnType<typeof setTimeout> | null;
  closing: Promise<void> | null;
}

/**
 * One Y.Doc per open document, loaded once: every opener awaits the same load promise, so no one
 * is ever served a half-loaded document. Every change is appended to storage through one
 * batching writer; documents are compacted by encoding the live state (never by merging a long
 * log) and unloaded a while after the last user leaves.
 */
export class DocStore {
  private readonly entries = new Map<string, Entry>();
  private readonly writer: UpdateWriter;
  private readonly loads: Semaphore;
  private readonly relay: DocRelay;
  private readonly links = new WeakMap<Y.Doc, RelayLink>();

  constructor(
    private readonly storage: DocStorage,
    private readonly options: DocStoreOptions,
  ) {
    this.writer = new UpdateWriter(storage, {
      onError: (error, attempt) => options.onError?.(error, `storing updates (attempt ${attempt})`),
    });
    this.loads = new Semaphore(options.maxConcurrentLoads);
    this.relay = options.relay ?? singleNodeRelay;
  }

  /** Whether other servers may hold replicas of the same documents. */
  get clustered(): boolean {
    return this.relay.clustered;
  }

  /** Documents currently in memory (loaded or loading). */
  get size(): number {
    return this.entries.size;
  }

  isLoaded(name: string): boolean {
    return this.entries.has(name);
  }

  /** Opens a document, loading it if needed; pair every call with `release`. */
  async open(name: string): Promise<LiveDoc> {
    for (;;) {
      const existing = this.entries.get(name);
      if (!existing) break;
      if (existing.closing) {
        await existing.closing;
        continue;
      }
      existing.refs++;
      if (existing.unloadTimer) clearTimeout(existing.unloadTimer);
      existing.unloadTimer = null;
      try {
        return await existing.live;
      } catch (error) {
        existing.refs--;
        throw error;
      }
    }
    const log: LogState = { logUpdates: 0, logBytes: 0, compacting: false };
    const entry: Entry = { live: this.load(name, log), log, refs: 1, unloadTimer: null, closing: null };
    this.entries.set(name, entry);
    try {
      return await entry.live;
    } catch (error) {
      // A failed load leaves nothing behind; the next open tries again from storage.
      if (this.entries.get(name) === entry) this.entries.delete(name);
      throw error;
    }
  }

  release(name: string): void {
    const entry = this.entries.get(name);
    if (!entry || entry.refs === 0) return;
    entry.refs--;
    if (entry.refs > 0 || entry.closing) return;
    entry.unloadTimer = setTimeout(() => {
      entry.unloadTimer = null;
      void this.unload(name, entry);
    }, this.options.unloadDelayMs);
  }

  /**
   * With several servers: brings a loaded document up to date with storage, i.e. with every
   * change another server made durable that the relay has not delivered yet. A caller that
   * must decide on the current state (a workshop command, under the workshop's lock) calls it
   * first. What it adds is marked relayed: it is stored already, so it is not stored again.
   */
  async catchUpFromStorage(live: LiveDoc): Promise<void> {
    if (!this.relay.clustered) return;
    const stored = await this.loads.run(() => this.storage.loadDoc(live.name));
    // Unloaded meanwhile: nothing left to bring up to date.
    if (!this.links.has(live.doc)) return;
    const durable = new Y.Doc({ gc: true });
    try {
      durable.transact(() => {
        if (stored.snapshot) Y.applyUpdate(durable, stored.snapshot);
        for (const update of stored.updates) Y.applyUpdate(durable, update);
      });
      const missing = answerSummary(durable, summarise(live.doc)).diff;
      if (missing) Y.applyUpdate(live.doc, missing, relayedOrigin);
    } finally {
      durable.destroy();
    }
  }

  /** Resolves once every change made to any document so far is committed. */
  whenDurable(): Promise<void> {
    return this.writer.flushed();
  }

  /** Flushes, compacts and unloads everything (server shutdown). */
  async close(): Promise<void> {
    await Promise.all([...this.entries.entries()].map(([name, entry]) => this.unload(name, entry)));
    await this.writer.close();
  }

  private async load(name: string, entry: LogState): Promise<LiveDoc> {
    // Listening before reading storage: a change another server makes meanwhile is not missed.
    const link = await this.relay.open(name);
    const doc = new Y.Doc({ gc: true });
    try {
      const stored = await this.loads.run(() => this.storage.loadDoc(name));
      doc.transact(() => {
        if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
        for (const update of stored.updates) Y.applyUpdate(doc, update);
      }, 'storage');
      entry.logUpdates = stored.updates.length;
      entry.logBytes = stored.updateBytes;
    } catch (error) {
      link.close();
      doc.destroy();
      throw error;
    }
    const awareness = new Awareness(doc);
    // The server has no presence of its own; it only relays people's.
    awareness.setLocalState(null);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      // Relayed changes were stored by the server they were made on.
      if (origin === 'storage' || origin === relayedOrigin) return;
      entry.logUpdates++;
      entry.logBytes += update.byteLength;
      // Failures are retried inside the writer; this only catches appends after close().
      this.writer.append(name, update).catch((error: unknown) => this.options.onError?.(error, `storing ${name}`));
      this.options.onDocChanged?.(name, doc);
      if (this.needsCompaction(entry)) void this.compact(name, entry, doc);
    });
    this.links.set(doc, link);
    const live: LiveDoc = { name, doc, awareness };
    // Attached after the listener above, so an update is appended before the relay asks whenDurable.
    link.attach(doc, awareness, { whenDurable: () => this.writer.flushed(), catchUp: () => this.catchUpFromStorage(live) });
    if (this.needsCompaction(entry)) void this.compact(name, entry, doc);
    return live;
  }

  private needsCompaction(entry: LogState): boolean {
    return (
      !entry.compacting &&
      (entry.logUpdates >= this.options.compactAfterUpdates ||
        entry.logBytes >= this.options.compactAfterBytes)
    );
  }

  /** Runs behind the writer, so the encoded state covers every update logged before it. */
  private async compact(name: string, entry: LogState, doc: Y.Doc): Promise<void> {
    entry.compacting = true;
    try {
      await this.writer.exclusive(async () => {
        const logged = entry.logUpdates;
        const bytes = entry.logBytes;
        await this.storage.compactDoc(name, Y.encodeStateAsUpdate(doc));
        entry.logUpdates -= logged;
        entry.logBytes -= bytes;
      });
    } catch (error) {
      this.options.onError?.(error, `compacting ${name}`);
    } finally {
      entry.compacting = false;
    }
  }

  private unload(name: string, entry: Entry): Promise<void> {
    if (entry.closing) return entry.closing;
    if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
    entry.unloadTimer = null;
    entry.closing = (async () => {
      let live: LiveDoc;
      try {
        live = await entry.live;
      } catch {
        if (this.entries.get(name) === entry) this.entries.delete(name);
        return; // never loaded: nothing to store or free
      }
      this.links.get(live.doc)?.close();
      this.links.delete(live.doc);
      try {
        if (entry.log.logUpdates > 0) {
          entry.log.compacting = true;
          await this.writer.exclusive(() => this.storage.compactDoc(name, Y.encodeStateAsUpdate(live.doc)));
        } else {
          await this.writer.flushed();
        }
      } catch (error) {
        // The log is still complete in storage: compaction is an optimisation, not durability.
        this.options.onError?.(error, `compacting ${name} on unload`);
      } finally {
        live.awareness.destroy();
        live.doc.destroy();
        if (this.entries.get(name) === entry) this.entries.delete(name);
      }
    })();
    return entry.closing;
  }
}
