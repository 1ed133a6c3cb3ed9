import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { relayedOrigin, type DocRelay, type RelayLink, type ReplicaStorage } from './DocRelay';
import type { RelayBus } from './RelayBus';
import { decodeRelayMessage, encodeRelayMessage, type RelayMessage } from './relayMessages';
import { answerSummary, summarise, type ReplicaSummary } from './replicaState';
import { UpdateIndex } from '../../shared/yjs/UpdateIndex';

export interface ClusterRelayOptions {
  /** This server's id, unique among the servers sharing the bus. */
  nodeId: string;
  /** Channel names start with this (one prefix per deployment or test run). */
  prefix: string;
  /** Every loaded replica publishes its summary this often, so a lost message is healed. */
  resyncMs: number;
  /** Longest wait for a subscription before loading anyway (storage is re-read once it is on). */
  subscribeTimeoutMs?: number;
  onError?: (error: unknown, context: string) => void;
  /** Clock (tests). */
  now?: () => number;
}

type AwarenessChanges = { added: number[]; updated: number[]; removed: number[] };

/** Resync intervals without a word from a server before it counts as gone. */
const SILENT_INTERVALS = 4;
/** A burst of relayed updates after a gap asks for the missing part once, not once each. */
const ASK_GAP_MS = 250;

/** One loaded replica on this server, from `open` (before its storage read) to `close`. */
interface Replica {
  name: string;
  doc: Y.Doc | null;
  storage: ReplicaStorage | null;
  /** Messages that arrived before the replica finished loading, applied on attach. */
  early: RelayMessage[];
  /** True once the subscription is on. */
  subscribed: boolean;
  /** The subscription came on only after the storage read may have started. */
  subscribedLate: boolean;
  unsubscribe: Promise<(() => Promise<void>) | null>;
  /** Stops listening to the replica's document and presence. */
  detach: (() => void) | null;
  awareness: awarenessProtocol.Awareness | null;
  /** The replica's summary, kept until the next change (every server's summary is answered). */
  summary: ReplicaSummary | null;
  /** Other servers heard from on this document's channel, and when (ms). */
  peers: Map<string, number>;
  /** When this replica last asked the others for what it lacks (ms), or null. */
  askedAt: number | null;
  closed: boolean;
}

/**
 * Keeps the replicas of a document on several servers in step: every local change is published
 * on the document's channel once it is stored, every other server applies it as
 * `relayedOrigin` (not stored, not published again), and each replica regularly publishes its
 * summary so that whoever has more answers with the difference (pub/sub may drop messages, and
 * a replica that just loaded from storage may have missed some in between).
 */
export class ClusterRelay implements DocRelay {
  private readonly replicas = new Set<Replica>();
  private readonly timer: ReturnType<typeof setInterval>;
  /** Tests only: lose this server's live updates before they reach the bus, as a lossy network would. */
  dropLiveUpdates = false;
  private stopped = false;

  constructor(
    private readonly bus: RelayBus,
    private readonly options: ClusterRelayOptions,
  ) {
    this.timer = setInterval(() => this.publishSummaries(), options.resyncMs);
    this.timer.unref();
  }

  /** Documents loaded here (for tests and diagnostics). */
  get size(): number {
    return this.replicas.size;
  }

  channelOf(name: string): string {
    return `${this.options.prefix}doc:${name}`;
  }

  async open(name: string): Promise<RelayLink> {
    const replica: Replica = {
      name,
      doc: null,
      storage: null,
      early: [],
      subscribed: false,
      subscribedLate: false,
      unsubscribe: Promise.resolve(null),
      detach: null,
      awareness: null,
      summary: null,
      peers: new Map(),
      askedAt: null,
      closed: false,
    };
    this.replicas.add(replica);
    const subscribing = this.bus
      .subscribe(this.channelOf(name), (bytes) => this.receive(replica, bytes))
      .then(
        (unsubscribe) => {
          replica.subscribed = true;
          // Changes published between the storage read and now were missed: read storage again.
          if (replica.subscribedLate && replica.doc) this.catchUp(replica);
          return unsubscribe;
        },
        (error: unknown) => {
          this.options.onError?.(error, `subscribing to ${name}`);
          return null;
        },
      );
    replica.unsubscribe = subscribing;
    let timeout: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      subscribing,
      new Promise(
        (resolve) => (timeout = setTimeout(resolve, this.options.subscribeTimeoutMs ?? 2_000)),
      ),
    ]);
    clearTimeout(timeout);
    if (!replica.subscribed) replica.subscribedLate = true;
    return {
      attach: (doc, awareness, storage) => this.attach(replica, doc, awareness, storage),
      close: () => this.closeReplica(replica),
    };
  }

  /** Stops the resync timer; subscriptions end with the bus. */
  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  /**
   * Publishes the summary of every loaded replica (the timer does this every `resyncMs`), and
   * re-reads storage for a replica that lost a peer: a server that was killed may have stored
   * (and acknowledged) a change whose publication never left it.
   */
  publishSummaries(): void {
    const silentSince = this.now() - SILENT_INTERVALS * this.options.resyncMs;
    for (const replica of this.replicas) {
      if (!replica.doc || replica.closed) continue;
      let lostPeer = false;
      for (const [node, heard] of replica.peers) {
        if (heard >= silentSince) continue;
        replica.peers.delete(node);
        lostPeer = true;
      }
      if (lostPeer) this.catchUp(replica);
      try {
        this.publish(replica, {
          kind: 'summary',
          node: this.options.nodeId,
          summary: this.summaryOf(replica, replica.doc),
          reply: false,
        });
      } catch (error) {
        this.options.onError?.(error, `summarising ${replica.name}`);
      }
    }
  }

  private attach(
    replica: Replica,
    doc: Y.Doc,
    awareness: awarenessProtocol.Awareness,
    storage: ReplicaStorage,
  ): void {
    if (replica.closed) return;
    replica.doc = doc;
    replica.awareness = awareness;
    replica.storage = storage;
    // Changes stored in one batch (one commit) are published together, as one merged update.
    let batch: { durable: Promise<void>; updates: Uint8Array[] } | null = null;
    const onUpdate = (update: Uint8Array, origin: unknown) => {
      replica.summary = null;
      // Loaded from storage or relayed from elsewhere: the other servers have it already.
      if (origin === 'storage' || origin === relayedOrigin) return;
      const durable = storage.whenDurable();
      if (batch?.durable === durable) {
        batch.updates.push(update);
        return;
      }
      const current = { durable, updates: [update] };
      batch = current;
      // Published once stored (in order: batches are stored in order), never before.
      durable.then(
        () => {
          if (batch === current) batch = null;
          if (replica.closed || this.dropLiveUpdates) return;
          const merged = current.updates.length === 1 ? update : Y.mergeUpdates(current.updates);
          this.publish(replica, { kind: 'update', node: this.options.nodeId, update: merged });
        },
        // Not stored: not acknowledged either; the client sends it again.
        (error: unknown) => {
          if (batch === current) batch = null;
          this.options.onError?.(error, `storing ${replica.name} before relaying`);
        },
      );
    };
    // Presence is not stored: relayed as it changes. A server that dies takes its people's
    // presence with it after the awareness timeout (30 s), as they stop renewing it.
    const onAwareness = ({ added, updated, removed }: AwarenessChanges, origin: unknown) => {
      if (origin === relayedOrigin || replica.closed) return;
      const changed = [...added, ...updated, ...removed];
      if (changed.length === 0) return;
      const update = awarenessProtocol.encodeAwarenessUpdate(awareness, changed);
      this.publish(replica, { kind: 'awareness', node: this.options.nodeId, update });
    };
    doc.on('update', onUpdate);
    awareness.on('update', onAwareness);
    replica.detach = () => {
      doc.off('update', onUpdate);
      awareness.off('update', onAwareness);
    };
    for (const message of replica.early.splice(0)) this.handle(replica, doc, message);
    // Catch up at once with whatever the others have that storage did not yet show us.
    this.publish(replica, {
      kind: 'summary',
      node: this.options.nodeId,
      summary: this.summaryOf(replica, doc),
      reply: false,
    });
    if (replica.subscribedLate && replica.subscribed) this.catchUp(replica);
  }

  private closeReplica(replica: Replica): void {
    if (replica.closed) return;
    replica.closed = true;
    replica.detach?.();
    this.replicas.delete(replica);
    void replica.unsubscribe
      .then((unsubscribe) => unsubscribe?.())
      .catch((error: unknown) => {
        // Shutting down: the connection is closing anyway.
        if (!this.stopped) this.options.onError?.(error, `unsubscribing from ${replica.name}`);
      });
  }

  private catchUp(replica: Replica): void {
    if (replica.closed || !replica.storage) return;
    replica.storage
      .catchUp()
      .catch((error: unknown) =>
        this.options.onError?.(error, `catching up ${replica.name} from storage`),
      );
  }

  private receive(replica: Replica, bytes: Uint8Array): void {
    if (replica.closed) return;
    const message = decodeRelayMessage(bytes);
    if (!message || message.node === this.options.nodeId) return;
    replica.peers.set(message.node, this.now());
    if (!replica.doc) {
      replica.early.push(message);
      return;
    }
    this.handle(replica, replica.doc, message);
  }

  private handle(replica: Replica, doc: Y.Doc, message: RelayMessage): void {
    try {
      if (message.kind === 'summary') {
        const ours = this.summaryOf(replica, doc);
        const answer = answerSummary(doc, message.summary, ours);
        if (answer.diff)
          this.publish(replica, { kind: 'diff', node: this.options.nodeId, update: answer.diff });
        if (answer.askBack && !message.reply) {
          this.publish(replica, {
            kind: 'summary',
            node: this.options.nodeId,
            summary: ours,
            reply: true,
          });
        }
        return;
      }
      if (message.kind === 'awareness') {
        if (replica.awareness)
          awarenessProtocol.applyAwarenessUpdate(replica.awareness, message.update, relayedOrigin);
        return;
      }
      // Builds on a change not relayed here yet (pub/sub dropped it, Redis was down): Yjs would
      // park it in memory. Ask for what this replica lacks instead; the answer carries both.
      if (new UpdateIndex(doc, message.update).gap) {
        this.askForMissing(replica, doc);
        return;
      }
      Y.applyUpdate(doc, message.update, relayedOrigin);
    } catch (error) {
      this.options.onError?.(error, `applying a relayed ${message.kind} to ${replica.name}`);
    }
  }

  /** Publishes this replica's summary (so others answer with what it lacks), at most every ASK_GAP_MS. */
  private askForMissing(replica: Replica, doc: Y.Doc): void {
    const now = this.now();
    if (replica.askedAt !== null && now - replica.askedAt < ASK_GAP_MS) return;
    replica.askedAt = now;
    this.publish(replica, {
      kind: 'summary',
      node: this.options.nodeId,
      summary: this.summaryOf(replica, doc),
      reply: false,
    });
  }

  private summaryOf(replica: Replica, doc: Y.Doc): ReplicaSummary {
    replica.summary ??= summarise(doc);
    return replica.summary;
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private publish(replica: Replica, message: RelayMessage): void {
    this.bus
      .publish(this.channelOf(replica.name), encodeRelayMessage(message))
      .catch((error: unknown) => {
        this.options.onError?.(error, `publishing to ${replica.name}`);
      });
  }
}
