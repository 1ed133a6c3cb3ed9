import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import type { DocStorage } from '../storage/Storage';
import { UpdateWriter, type Unstored } from './UpdateWriter';
import { Semaphore } from './Semaphore';
import { storedOrigin, type DocHooks, type DocLifecycle } from './DocLifecycle';
import { WholeState } from './wholeState';

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
  /** Told as each document loads and unloads (the cluster relay, server/cluster/); absent for one server. */
  lifecycle?: DocLifecycle;
  /** Caps on changes applied but not yet stored, above which `accepting` says no (UpdateWriter). */
  maxWriteBacklogBytes?: number;
  maxWriteBacklogUpdates?: number;
}

/** A loaded document: its Y.Doc and the presence (awareness) of the people in it. */
export interface LiveDoc {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  /** The whole state as one update, encoded once per change (see wholeState.ts). */
  readonly wholeState: WholeState;
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
  private readonly hooks = new WeakMap<Y.Doc, DocHooks>();

  constructor(
    private readonly storage: DocStorage,
    private readonly options: DocStoreOptions,
  ) {
    this.writer = new UpdateWriter(storage, {
      onError: (error, attempt) => options.onError?.(error, `storing updates (attempt ${attempt})`),
      ...(options.maxWriteBacklogBytes !== undefined ? { maxBacklogBytes: options.maxWriteBacklogBytes } : {}),
      ...(options.maxWriteBacklogUpdates !== undefined ? { maxBacklogUpdates: options.maxWriteBacklogUpdates } : {}),
    });
    this.loads = new Semaphore(options.maxConcurrentLoads);
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

  /** Resolves once every change made to any document so far is committed. */
  whenDurable(): Promise<void> {
    return this.writer.flushed();
  }

  /**
   * Whether a change of `bytes` may be applied now: false while storage is so far behind (an
   * outage) that the backlog of uncommitted changes is at its cap. Ask before applying.
   */
  accepting(bytes: number): boolean {
    return this.writer.accepting(bytes);
  }

  /** Flushes, compacts and unloads everything (server shutdown). */
  async close(): Promise<void> {
    await Promise.all([...this.entries.entries()].map(([name, entry]) => this.unload(name, entry)));
    await this.writer.close();
  }

  /**
   * `close`, but storage still failing after `deadlineMs` is given up on: returns what was not
   * stored, for the log. None of it was acknowledged, so the clients still hold it and send it
   * again when they reconnect.
   */
  async closeWithin(deadlineMs: number): Promise<Unstored[]> {
    const closing = this.close();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<'expired'>((resolve) => (timer = setTimeout(() => resolve('expired'), deadlineMs)));
    const outcome = await Promise.race([closing.then(() => 'closed' as const), expired]);
    clearTimeout(timer);
    if (outcome === 'closed') return [];
    // Abandoning rejects the writer's waiters, so `closing` ends too (rejected); nobody awaits it.
    closing.catch(() => undefined);
    return this.writer.abandon();
  }

  private async load(name: string, entry: LogState): Promise<LiveDoc> {
    // Before reading storage: a change another server makes meanwhile is not missed.
    const hooks = (await this.options.lifecycle?.onLoading(name)) ?? null;
    // A guid of our own: Yjs would otherwise make a random one (uuidv4, 31 crypto calls) per load.
    const doc = new Y.Doc({ gc: true, guid: name });
    let wholeState: WholeState;
    try {
      const stored = await this.loads.run(() => this.storage.loadDoc(name));
      doc.transact(() => {
        if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
        for (const update of stored.updates) Y.applyUpdate(doc, update);
      }, 'storage');
      entry.logUpdates = stored.updates.length;
      entry.logBytes = stored.updateBytes;
      // A snapshot with nothing logged after it is the document's whole state already.
      wholeState = new WholeState(doc, stored.updates.length === 0 ? stored.snapshot : null);
      // First listener, before anything else can change the document: no change goes unseen.
      doc.on('update', () => wholeState.forget());
    } catch (error) {
      hooks?.onUnloading();
      doc.destroy();
      throw error;
    }
    const awareness = new Awareness(doc);
    // The server has no presence of its own; it only relays people's.
    awareness.setLocalState(null);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      // Stored already: read at load, relayed from the server that stored it, or read back.
      if (origin === 'storage' || origin === storedOrigin) return;
      entry.logUpdates++;
      entry.logBytes += update.byteLength;
      // Failures are retried inside the writer; this only catches appends after close().
      this.writer.append(name, update).catch((error: unknown) => this.options.onError?.(error, `storing ${name}`));
      this.options.onDocChanged?.(name, doc);
      if (this.needsCompaction(entry)) void this.compact(name, entry, doc);
    });
    const live: LiveDoc = { name, doc, awareness, wholeState };
    if (hooks) {
      this.hooks.set(doc, hooks);
      // After the listener above, so an update is appended before a hook asks whenDurable.
      hooks.onLoaded(doc, awareness, {
        whenDurable: () => this.writer.flushed(),
        readStored: () => this.loads.run(() => this.storage.loadDoc(name)),
      });
    }
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
      this.hooks.get(live.doc)?.onUnloading();
      this.hooks.delete(live.doc);
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
