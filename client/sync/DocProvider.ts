import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { ObservableV2 } from 'lib0/observable';
// Single modules, not the protocol's index: that would bring its zod schemas (the server's) along.
import { ErrorCode } from '../../shared/protocol/errors';
import { Limits } from '../../shared/protocol/limits';
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import type { Access, Problem, SyncAck } from '../../shared/protocol';
import { catchUpChunkBytes } from '../../shared/protocol/catchUp';
import type { DocChannel, SyncConnection } from './SyncConnection';
import { sameStatus, statusOf, type SyncStatus } from './status';
import { socketTransport } from './CatchUpSender';
import { CatchUpSlot } from './CatchUpSlot';
import { Retry } from './backoff';
import { AwarenessOutbox } from './AwarenessOutbox';
import { isEmptyUpdate, isFinal, passesByItself, type Round } from './round';
import { pacerFor } from './sendPacer';
import { SendWindow } from './SendWindow';

type ProviderEvents = {
  status: (status: SyncStatus) => void;
  /** What this connection may do changed: 'read' makes the editor read-only. */
  access: (access: Access | null) => void;
  synced: () => void;
  problem: (problem: Problem) => void;
};

/**
 * Keeps one Y.Doc in sync with the server over a shared `SyncConnection`.
 *
 * Handshake, repeated on every (re)connect and after every refusal: join → a round (see `Round`).
 * Each sent change stays pending until the server acknowledged that very message as stored; a
 * refused change stays unsaved until a resync round (jittered backoff) finished clean, and only
 * then is the status "saved" again. A change too large for one message goes as a catch-up in
 * pieces (shared/protocol/catchUp.ts). Changes made while messages are unacknowledged, or faster
 * than the server's per-connection rate, wait in the `SendWindow` and go out merged.
 */
export class DocProvider extends ObservableV2<ProviderEvents> implements DocChannel {
  readonly awareness: awarenessProtocol.Awareness;
  /** Joins without taking part (see `JoinRequest.watchOnly`). */
  private readonly watchOnly: boolean;
  access: Access | null = null;
  private joined = false;
  private receivedState = false;
  private sentState = false;
  /** Our changes queued and in flight (see `flush`). */
  private readonly window: SendWindow;
  private round: Round | null = null;
  /** A refused change not yet healed by a clean round: the status says it is being retried. */
  private failure: ErrorCode | null = null;
  /** A join was sent and not answered yet. */
  private joinPending = false;
  private readonly resync = new Retry();
  private readonly rejoin = new Retry();
  private readonly catchUp: CatchUpSlot;
  private refusal: Problem | null = null;
  /** Bumped on each disconnect so acks from an earlier connection are ignored. */
  private generation = 0;
  private readonly outbox: AwarenessOutbox;
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
    const pacer = pacerFor(connection.socket);
    this.window = new SendWindow(pacer, (message, onAck) =>
      this.connection.socket.emit('sync', this.docName, message, onAck),
    );
    this.catchUp = new CatchUpSlot(this.window, (current) =>
      socketTransport(connection.socket, docName, current, pacer),
    );
    this.awareness = options.awareness ?? new awarenessProtocol.Awareness(doc);
    this.outbox = new AwarenessOutbox(
      this.awareness,
      () => this.joined,
      (update) => this.connection.socket.emit('awareness', this.docName, update),
    );
    doc.on('update', this.handleDocUpdate);
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
    this.joinPending = true;
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
        this.joinPending = false;
        if (!result.ok) {
          // Storage down or the server busy: the same join succeeds later, so try again.
          if (passesByItself(result.code)) this.scheduleRejoin(result.code);
          else this.refuse(result);
          return;
        }
        this.rejoin.reset();
        this.failure = null;
        this.access = result.access;
        this.joined = true;
        this.refusal = null;
        this.startRound();
        this.outbox.queue([this.doc.clientID]);
        this.updateStatus();
      },
    );
    this.updateStatus();
  }

  onDisconnect(): void {
    this.generation++;
    this.joined = false;
    this.joinPending = false;
    this.receivedState = false;
    this.sentState = false;
    // The next connection's handshake sends everything the server lacks, refused or not.
    this.window.reset();
    this.round = null;
    this.failure = null;
    this.catchUp.cancel();
    this.clearTimers();
    // Others' presence is stale once we cannot hear from them.
    this.outbox.forgetOthers(this);
    this.updateStatus();
  }

  onSync(message: Uint8Array): void {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case syncProtocol.messageYjsSyncStep1: {
        const stateVector = decoding.readVarUint8Array(decoder);
        this.sendMissing(stateVector);
        if (this.round) this.round.answered = true;
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

  wantsConnection(): boolean {
    return !this.destroyed && this.refusal === null;
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
    if (this.joined) this.outbox.leave();
    // Also while the join is unanswered: the server then leaves as soon as the join is done, so a
    // provider opened next for the same document (React's double effect) is not joined twice.
    if (this.joined || this.joinPending) this.connection.socket.emit('leave', this.docName);
    this.destroyed = true;
    this.catchUp.cancel();
    this.clearTimers();
    this.window.reset();
    this.doc.off('update', this.handleDocUpdate);
    this.outbox.destroy();
    this.connection.unregister(this.docName);
    super.destroy();
  }

  private readonly handleDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this || !this.joined || this.access !== 'write') return;
    if (this.catchUp.active) this.catchUp.noteChange();
    else if (!this.round || this.round.answered) {
      this.window.queue(update);
      this.flush();
    }
    // Otherwise the step 2 this round is about to send carries the change.
    this.updateStatus();
  };

  /**
   * Sends what is queued as one merged update, when the in-flight window and the pacer allow;
   * otherwise an ack (see `settle`) or the pacer's timer calls again, and whatever was changed
   * meanwhile joins the same message. While a refused change waits for its resync, nothing goes:
   * it would build on the refused one, and the resync's step 2 carries it.
   */
  private flush(): void {
    if (!this.joined || this.catchUp.active || this.failure || (this.round && !this.round.answered))
      return;
    const update = this.window.takeQueued(() => this.flush());
    if (update) this.sendChange(update, syncProtocol.messageYjsUpdate);
  }

  /** Starts a handshake round: our step 1, which the server answers (see `Round`). */
  private startRound(): void {
    // Its step 2 is computed from the document, which holds every queued change.
    this.window.discardQueued();
    const encoder = encoding.createEncoder();
    syncProtocol.writeSyncStep1(encoder, this.doc);
    const round: Round = {
      firstToken: this.window.nextToken,
      step1Acked: false,
      answered: false,
      failed: false,
    };
    this.round = round;
    this.send(encoding.toUint8Array(encoder), () => {
      round.step1Acked = true;
    });
  }

  private sendMissing(stateVector: Uint8Array): void {
    if (this.access !== 'write') return;
    this.window.discardQueued();
    const update = Y.encodeStateAsUpdate(this.doc, stateVector);
    if (isEmptyUpdate(update)) return;
    this.sendChange(update, syncProtocol.messageYjsSyncStep2);
  }

  /** Sends an update (or step 2) as one message, or as a catch-up when it is over the cap. */
  private sendChange(update: Uint8Array, type: number): void {
    if (update.byteLength > catchUpChunkBytes) {
      this.sendCatchUp(update);
      return;
    }
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, type);
    encoding.writeVarUint8Array(encoder, update);
    this.send(encoding.toUint8Array(encoder));
  }

  /** Sends one message that stays pending until its ack. */
  private send(message: Uint8Array, onStored?: () => void): void {
    this.window.send(message, (ack, token) => {
      if (ack.ok) onStored?.();
      else this.handleRefusal(ack, token);
      this.settle();
    });
    this.updateStatus();
  }

  private sendCatchUp(update: Uint8Array): void {
    if (update.byteLength > Limits.maxCatchUpBytes) {
      // No resync can send this; say so instead of retrying forever.
      this.refuse({ code: ErrorCode.MessageTooLarge, message: `${update.byteLength} bytes` });
      return;
    }
    const generation = this.generation;
    this.catchUp.start(
      update,
      () => !this.destroyed && generation === this.generation,
      (ack, token, changed) => {
        if (!ack.ok) this.handleRefusal(ack, token);
        // What changed meanwhile builds on the catch-up: a new round sends it now that it is in.
        else if (changed) this.startRound();
        this.settle();
      },
      () => this.updateStatus(),
    );
    this.updateStatus();
  }

  private handleRefusal(ack: Extract<SyncAck, { ok: false }>, token: number): void {
    this.emit('problem', [{ code: ack.code, message: ack.message, doc: this.docName }]);
    if (isFinal(ack.code)) {
      this.refuse(ack);
      return;
    }
    this.failure = ack.code;
    // A round begun after this message was sent computes its step 2 without it: it heals it.
    if (this.round && token < this.round.firstToken) return;
    if (this.round) this.round.failed = true;
    this.scheduleResync();
  }

  /** A round is done when its step 1 and everything sent since came back ok. */
  private settle(): void {
    const round = this.round;
    if (round && !round.failed && round.step1Acked && this.window.idle && !this.catchUp.active) {
      this.round = null;
      this.failure = null;
      this.resync.reset();
    }
    this.flush();
    this.updateStatus();
  }

  /** Refused changes are still in our doc: a new round sends them again once allowed. */
  private scheduleResync(): void {
    const generation = this.generation;
    this.resync.schedule(() => {
      if (generation !== this.generation || !this.joined || this.destroyed) return;
      this.catchUp.cancel();
      this.startRound();
    });
  }

  /** A join refused for a passing reason is asked again, with the same backoff as a resync. */
  private scheduleRejoin(code: ErrorCode): void {
    this.failure = code;
    const generation = this.generation;
    this.rejoin.schedule(() => {
      if (generation === this.generation && !this.destroyed && this.connection.connected)
        this.onConnect();
    });
    this.updateStatus();
  }

  private refuse(problem: { code: Problem['code']; message: string }): void {
    this.refusal = { ...problem, doc: this.docName };
    this.updateStatus();
  }

  private clearTimers(): void {
    this.window.cancelPacing();
    this.resync.cancel();
    this.rejoin.cancel();
    this.outbox.clear();
  }

  private updateStatus(): void {
    const next = statusOf({
      refusal: this.refusal,
      connected: this.connection.connected,
      everConnected: this.everConnected,
      synced: this.joined && this.synced,
      failure: this.failure ?? this.catchUp.retrying,
      pending: this.window.unsaved + (this.catchUp.changed ? 1 : 0),
    });
    if (sameStatus(this.lastStatus, next)) return;
    this.lastStatus = next;
    this.emit('status', [next]);
  }
}
