import { join } from 'node:path';
import * as Y from 'yjs';
import { vi } from 'vitest';
import { ErrorCode, parseDocName, type JoinResult, type SyncAck } from '../../shared/protocol';
import type { AccessPolicy } from '../../server/auth/access';
import { DocStore } from '../../server/docs/DocStore';
import type { DocHooks } from '../../server/docs/DocLifecycle';
import type { Broadcaster, Peer } from '../../server/realtime/Peer';
import { PeerSession, type SessionDeps } from '../../server/realtime/PeerSession';
import { Rooms } from '../../server/realtime/Rooms';
import { SqliteStorage } from '../../server/storage/sqlite/SqliteStorage';
import { CommittedDocs, type StorageHealth } from './CommittedDocs';
import { documentRules, type UpdateRules } from '../../server/docs/updateRules';
import { DocGrowthBudgets } from '../../server/realtime/DocGrowthBudgets';
import type { Link, ToServer } from './link';

/** Everything one server process holds; a restart replaces it, storage stays. */
interface Incarnation {
  docs: CommittedDocs;
  store: DocStore;
  rooms: Rooms;
  growth: DocGrowthBudgets;
  rules: UpdateRules;
  /** Documents loaded now, seen through the store's lifecycle hooks. */
  live: Set<Y.Doc>;
  links: Set<Link>;
  /** Handlers still working (a join loading, a sync waiting for its commit). */
  busy: number;
}

/** Lifecycle hooks that keep `live` to the documents loaded now. */
function tracking(live: Set<Y.Doc>): DocHooks {
  let loaded: Y.Doc | null = null;
  return {
    onLoaded: (doc) => void live.add((loaded = doc)),
    onUnloading: () => void (loaded && live.delete(loaded)),
  };
}

/** How long the server gives storage at shutdown (server/app.ts, its default). */
const SHUTDOWN_DEADLINE_MS = 10_000;

/** Anyone may write any plan: roles have their own tests; this fuzzes sync and storage. */
const writeAnything: AccessPolicy = {
  decide: (_identity, doc) =>
    Promise.resolve(parseDocName(doc)?.kind === 'plan' ? 'write' : 'unknown'),
};

/**
 * The real server side without sockets: a PeerSession per link, the real Rooms/DocRoom and
 * DocStore over SQLite in a temp dir. Each incoming message is handled the way socketEdge.ts
 * handles it; what the server sends goes into the link's queue for the fuzzer to deliver.
 */
export class FuzzServer {
  readonly storage: SqliteStorage;
  /** What has been committed, per document (see CommittedDocs). */
  readonly committed = new Map<string, Y.Doc>();
  readonly errors: string[] = [];
  /** The database's condition, which the fuzzer changes: outages and latency. */
  readonly health: StorageHealth = { down: false, loadsFail: false, slow: false, held: [] };
  private current: Incarnation;

  constructor(dir: string) {
    this.storage = new SqliteStorage({ file: join(dir, 'fuzz.db'), synchronous: 'normal' });
    this.current = this.start();
  }

  get store(): DocStore {
    return this.current.store;
  }

  /** The live documents of the running server. */
  get liveDocs(): Y.Doc[] {
    return [...this.current.live];
  }

  get busy(): number {
    return this.current.busy;
  }

  /** Creates a plan document with `initial` as its first state, as plan creation does. */
  async createPlan(id: string, initial: Uint8Array): Promise<string> {
    const name = `plan:${id}`;
    await this.storage.plans.createPlan(
      { id, title: id, municipality: 'Asker', createdAt: 1, updatedAt: 1 },
      name,
      initial,
    );
    const mirror = new Y.Doc({ gc: true });
    Y.applyUpdate(mirror, initial);
    this.committed.set(name, mirror);
    return name;
  }

  /** A client's transport reached this server: a session for it, torn down when the link is cut. */
  accept(link: Link): void {
    const incarnation = this.current;
    const peer: Peer = {
      id: link.id,
      send: (event, ...args) => link.sendToClient({ kind: 'event', event, args }),
      subscribe: (doc) => void link.subscriptions.add(doc),
      unsubscribe: (doc) => void link.subscriptions.delete(doc),
    };
    const session = new PeerSession(peer, { kind: 'anonymous' }, this.deps(incarnation));
    incarnation.links.add(link);
    link.whenCut(() => {
      incarnation.links.delete(link);
      session.close();
    });
    link.onServerMessage = (message) => this.handle(incarnation, link, session, message);
  }

  /**
   * Restarts the server. Gracefully: every connection closes and the store flushes and compacts.
   * A crash: the old process's storage calls hang forever, so nothing more of it is committed
   * and every ack it still owed is lost with its connections.
   */
  async restart(crash: boolean): Promise<void> {
    const old = this.current;
    for (const link of [...old.links]) link.cut();
    if (crash) old.docs.crash();
    else await this.shutDown(old.store);
    this.current = this.start();
  }

  /**
   * Closes a store as the server's shutdown does (server/app.ts): storage still failing after
   * the deadline is given up on. The deadline runs on the fake clock, moved on here.
   */
  private async shutDown(store: DocStore): Promise<void> {
    let closed = false;
    const closing = store.closeWithin(SHUTDOWN_DEADLINE_MS).finally(() => (closed = true));
    for (let waited = 0; !closed && waited <= SHUTDOWN_DEADLINE_MS; waited += 500) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      // A slow database still commits, in its own time.
      while (this.commitOne());
      if (!closed) vi.advanceTimersByTime(500);
    }
    const unstored = await closing;
    if (unstored.length > 0)
      this.errors.push(`shut down with ${JSON.stringify(unstored)} unstored`);
  }

  /** Lets the oldest held write commit; false when none is waiting. */
  commitOne(): boolean {
    const release = this.health.held.shift();
    release?.();
    return release !== undefined;
  }

  /** The document as a fresh load from storage would build it. */
  async loadStored(name: string): Promise<Y.Doc> {
    const stored = await this.storage.docs.loadDoc(name);
    const doc = new Y.Doc({ gc: true });
    doc.transact(() => {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    });
    return doc;
  }

  /** Shuts down the current incarnation for good, then the storage. */
  async close(): Promise<void> {
    for (const link of [...this.current.links]) link.cut();
    this.health.down = false;
    this.health.slow = false;
    await this.shutDown(this.current.store);
    await this.storage.close();
  }

  private start(): Incarnation {
    const docs = new CommittedDocs(this.storage.docs, this.committed, this.health);
    const live = new Set<Y.Doc>();
    const store = new DocStore(docs, {
      lifecycle: { onLoading: () => Promise.resolve(tracking(live)) },
      unloadDelayMs: 5_000,
      // Small, so the fuzz also compacts while people edit.
      compactAfterUpdates: 40,
      compactAfterBytes: 64 * 1024,
      maxConcurrentLoads: 2,
      // Small, so an outage soon fills the backlog and edits are refused (and must be resent).
      maxWriteBacklogUpdates: 20,
      onError: (error, context) => this.errors.push(`${context}: ${String(error)}`),
    });
    const links = new Set<Link>();
    const broadcaster: Broadcaster = {
      broadcast(doc, exceptPeerId, event, ...args) {
        for (const link of links) {
          if (link.id !== exceptPeerId && link.subscriptions.has(doc))
            link.sendToClient({ kind: 'event', event, args });
        }
      },
    };
    const growth = new DocGrowthBudgets(undefined, undefined, () => Date.now());
    return {
      docs,
      store,
      rooms: new Rooms(store, broadcaster),
      growth,
      rules: documentRules(),
      live,
      links,
      busy: 0,
    };
  }

  /** As the composition root (server/app.ts) wires them, with the fake clock. */
  private deps(incarnation: Incarnation): SessionDeps {
    return {
      rooms: incarnation.rooms,
      access: writeAnything,
      whenDurable: () => incarnation.store.whenDurable(),
      storageAccepting: (bytes) => incarnation.store.accepting(bytes),
      docGrowth: incarnation.growth,
      checkUpdate: incarnation.rules,
      onError: (error, context) => this.errors.push(`${context}: ${String(error)}`),
      now: () => Date.now(),
    };
  }

  /** What socketEdge.ts does with each incoming event, minus workshops. */
  private handle(
    incarnation: Incarnation,
    link: Link,
    session: PeerSession,
    message: ToServer,
  ): void {
    const [first, second, third] = message.args;
    const track = <T>(work: Promise<T>, reply: (result: T) => void, failed: T): void => {
      incarnation.busy++;
      work
        .then(reply, () => reply(failed))
        .finally(() => incarnation.busy--)
        .catch(() => undefined);
    };
    const answer =
      <T>(ack: unknown) =>
      (result: T): void => {
        if (typeof ack === 'function')
          link.sendToClient({ kind: 'ack', answer: () => (ack as (r: T) => void)(result) });
      };
    switch (message.event) {
      case 'join':
        track<JoinResult>(session.join(first), answer(second), {
          ok: false,
          code: ErrorCode.StorageFailed,
          message: 'join failed',
        });
        return;
      case 'leave':
        session.leave(first);
        return;
      case 'sync':
        track<SyncAck>(session.sync(first, second as Uint8Array), answer(third), {
          ok: false,
          code: ErrorCode.StorageFailed,
          message: 'sync failed',
        });
        return;
      case 'awareness': {
        const problem = session.awareness(first, second as Uint8Array);
        if (problem) link.sendToClient({ kind: 'event', event: 'problem', args: [problem] });
        return;
      }
      default:
        throw new Error(`the fuzz harness does not model '${message.event}'`);
    }
  }
}
