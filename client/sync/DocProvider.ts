import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { ObservableV2 } from 'lib0/observable';
import { PROTOCOL_VERSION, type Access, type Problem, type SyncAck } from '../../shared/protocol';
import type { DocChannel, SyncConnection } from './SyncConnection';
import type { SyncStatus } from './status';

type ProviderEvents = {
  status: (status: SyncStatus) => void;
  /** What this connection may do changed: 'read' makes the editor read-only. */
  access: (access: Access | null) => void;
  synced: () => void;
  problem: (problem: Problem) => void;
};

/** Awareness changes are sent at most this often; a burst of cursor moves becomes one message. */
const AWARENESS_FLUSH_MS = 50;
/** After a refused update (rate limit, storage failure) wait this long, with jitter, then resync. */
const RESYNC_DELAY_MS = 1_000;

/**
 * Keeps one Y.Doc in sync with the server over a shared `SyncConnection`.
 *
 * Handshake, repeated on every (re)connect: join → our sync step 1 → the server answers with
 * step 2 (what we miss) and its own step 1 → we answer with step 2 (what it misses). Every
 * update we send is acknowledged only once the server has committed it, which drives "saved".
 */
export class DocProvider extends ObservableV2<ProviderEvents> implements DocChannel {
  readonly awareness: awarenessProtocol.Awareness;
  /** Joins without taking part (see `JoinRequest.watchOnly`). */
  private readonly watchOnly: boolean;
  access: Access | null = null;
  private joined = false;
  private receivedState = false;
  private sentState = false;
  private pending = 0;
  private refusal: Problem | null = null;
  /** Bumped on each disconnect so acks from an earlier connection are ignored. */
  private generation = 0;
  private awarenessTimer: ReturnType<typeof setTimeout> | null = null;
  private awarenessChanged = new Set<number>();
  private resyncTimer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;
  private lastStatus: SyncStatus = { state: 'connecting' };
  private everConnected = false;

  constructor(
    private readonly connection: SyncConnection,
    readonly docName: string,
    readonly doc: Y.Doc,
    options: { awareness?: awarenessProtocol.Awareness; watchOnly?: boolean } = {},
  ) {
    super();
    this.watchOnly = options.watchOnly ?? false;
    this.awareness = options.awareness ?? new awarenessProtocol.Awareness(doc);
    doc.on('update', this.handleDocUpdate);
    this.awareness.on('update', this.handleAwarenessUpdate);
    connection.register(docName, this);
  }

  get status(): SyncStatus {
    return this.lastStatus;
  }

  get synced(): boolean {
    return this.receivedState && this.sentState;
  }

  /** Resolves once the document holds the server's state and the server holds ours. */
  whenSynced(): Promise<void> {
    if (this.synced) return Promise.resolve();
    return new Promise((resolve) => this.once('synced', () => resolve()));
  }

  /** Resolves when every change made so far is durable on the server. */
  whenSaved(): Promise<void> {
    if (this.lastStatus.state === 'saved') return Promise.resolve();
    return new Promise((resolve) => {
      const check = (status: SyncStatus) => {
        if (status.state !== 'saved') return;
        this.off('status', check);
        resolve();
      };
      this.on('status', check);
    });
  }

  onConnect(): void {
    this.everConnected = true;
    const generation = this.generation;
    this.connection.socket.emit(
      'join',
      {
        doc: this.docName,
        protocol: PROTOCOL_VERSION,
        ...(this.watchOnly ? { watchOnly: true } : {}),
      },
      (result) => {
        if (generation !== this.generation || this.destroyed) return;
        if (!result.ok) {
          this.refuse(result);
          return;
        }
        this.access = result.access;
        this.joined = true;
        this.refusal = null;
        this.sendStep1();
        this.sendAwareness([this.doc.clientID]);
        this.updateStatus();
      },
    );
    this.updateStatus();
  }

  onDisconnect(): void {
    this.generation++;
    this.joined = false;
    this.receivedState = false;
    this.sentState = false;
    this.pending = 0;
    this.clearTimers();
    // Others' presence is stale once we cannot hear from them.
    const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID);
    awarenessProtocol.removeAwarenessStates(this.awareness, others, this);
    this.updateStatus();
  }

  onSync(message: Uint8Array): void {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case syncProtocol.messageYjsSyncStep1: {
        const stateVector = decoding.readVarUint8Array(decoder);
        this.sendMissing(stateVector);
        this.sentState = true;
        break;
      }
      case syncProtocol.messageYjsSyncStep2:
        Y.applyUpdate(this.doc, decoding.readVarUint8Array(decoder), this);
        this.receivedState = true;
        break;
      case syncProtocol.messageYjsUpdate:
        Y.applyUpdate(this.doc, decoding.readVarUint8Array(decoder), this);
        break;
      default:
        return;
    }
    if (this.synced && type !== syncProtocol.messageYjsUpdate) this.emit('synced', []);
    this.updateStatus();
  }

  onAwareness(update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, this);
  }

  onProblem(problem: Problem): void {
    this.emit('problem', [problem]);
  }

  onAccess(access: Access | null): void {
    if (this.destroyed) return;
    if (access === null) {
      this.joined = false;
      this.refuse({ code: 'forbidden', message: 'access to this document was withdrawn' });
    }
    this.access = access;
    this.emit('access', [access]);
    this.updateStatus();
  }

  override destroy(): void {
    if (this.destroyed) return;
    if (this.joined) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [this.doc.clientID], 'destroy');
      this.flushAwareness([this.doc.clientID]);
      this.connection.socket.emit('leave', this.docName);
    }
    this.destroyed = true;
    this.clearTimers();
    this.doc.off('update', this.handleDocUpdate);
    this.awareness.off('update', this.handleAwarenessUpdate);
    this.connection.unregister(this.docName);
    super.destroy();
  }

  private readonly handleDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this || !this.joined || this.access !== 'write') return;
    const encoder = encoding.createEncoder();
    syncProtocol.writeUpdate(encoder, update);
    this.sendWithAck(encoding.toUint8Array(encoder));
  };

  private readonly handleAwarenessUpdate = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (origin !== 'local') return;
    this.sendAwareness([...changes.added, ...changes.updated, ...changes.removed]);
  };

  private sendStep1(): void {
    const encoder = encoding.createEncoder();
    syncProtocol.writeSyncStep1(encoder, this.doc);
    const generation = this.generation;
    this.connection.socket.emit('sync', this.docName, encoding.toUint8Array(encoder), (ack) =>
      this.handleAck(ack, false, generation),
    );
  }

  private sendMissing(stateVector: Uint8Array): void {
    if (this.access !== 'write') return;
    const update = Y.encodeStateAsUpdate(this.doc, stateVector);
    if (isEmptyUpdate(update)) return;
    const encoder = encoding.createEncoder();
    syncProtocol.writeSyncStep2(encoder, this.doc, stateVector);
    this.sendWithAck(encoding.toUint8Array(encoder));
  }

  private sendWithAck(message: Uint8Array): void {
    this.pending++;
    this.updateStatus();
    const generation = this.generation;
    this.connection.socket.emit('sync', this.docName, message, (ack) =>
      this.handleAck(ack, true, generation),
    );
  }

  private handleAck(ack: SyncAck, counted: boolean, generation: number): void {
    // An ack from before a reconnect: the handshake since has resent everything it covered.
    if (this.destroyed || generation !== this.generation) return;
    if (counted && this.pending > 0) this.pending--;
    if (!ack.ok) {
      this.emit('problem', [{ code: ack.code, message: ack.message, doc: this.docName }]);
      if (ack.code === 'read-only' || ack.code === 'forbidden') this.refuse(ack);
      else this.scheduleResync();
    }
    this.updateStatus();
  }

  private sendAwareness(clients: number[]): void {
    clients.forEach((id) => this.awarenessChanged.add(id));
    if (this.awarenessTimer || !this.joined) return;
    this.awarenessTimer = setTimeout(() => {
      this.awarenessTimer = null;
      const changed = [...this.awarenessChanged];
      this.awarenessChanged.clear();
      this.flushAwareness(changed);
    }, AWARENESS_FLUSH_MS);
  }

  private flushAwareness(clients: number[]): void {
    if (!this.joined || clients.length === 0) return;
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients);
    this.connection.socket.emit('awareness', this.docName, update);
  }

  /** Refused changes are still in our doc: a new handshake sends them again once allowed. */
  private scheduleResync(): void {
    if (this.resyncTimer) return;
    const delay = RESYNC_DELAY_MS * (0.5 + Math.random());
    const generation = this.generation;
    this.resyncTimer = setTimeout(() => {
      this.resyncTimer = null;
      if (generation === this.generation && this.joined) this.sendStep1();
    }, delay);
  }

  private refuse(problem: { code: Problem['code']; message: string }): void {
    this.refusal = { ...problem, doc: this.docName };
    this.updateStatus();
  }

  private clearTimers(): void {
    if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
    if (this.resyncTimer) clearTimeout(this.resyncTimer);
    this.awarenessTimer = null;
    this.resyncTimer = null;
    this.awarenessChanged.clear();
  }

  private computeStatus(): SyncStatus {
    if (this.refusal)
      return { state: 'error', code: this.refusal.code, message: this.refusal.message };
    if (!this.connection.connected)
      return this.everConnected ? { state: 'offline' } : { state: 'connecting' };
    if (!this.joined || !this.synced) return { state: 'syncing' };
    if (this.pending > 0) return { state: 'saving', pending: this.pending };
    return { state: 'saved' };
  }

  private updateStatus(): void {
    const next = this.computeStatus();
    const previous = this.lastStatus;
    const same =
      previous.state === next.state &&
      (next.state !== 'saving' ||
        (previous.state === 'saving' && previous.pending === next.pending));
    if (same) return;
    this.lastStatus = next;
    this.emit('status', [next]);
  }
}

/** An update that carries nothing: no structs and an empty delete set. */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}
