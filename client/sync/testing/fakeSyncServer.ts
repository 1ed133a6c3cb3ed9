import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { ErrorCode, Limits, type JoinResult, type SyncAck } from '../../../shared/protocol';
import { decodeCatchUpChunk, messageCatchUpChunk } from '../../../shared/protocol/catchUp';
import type { DocChannel, SyncConnection } from '../SyncConnection';

type Ack = (ack: SyncAck) => void;

/**
 * A stand-in for the server and the socket, for unit tests of DocProvider: it speaks the sync
 * protocol against its own Y.Doc, refuses on demand, and delivers every answer only when the
 * test calls `deliver()`, so each step of a handshake can be looked at.
 */
export class FakeSyncServer {
  readonly doc = new Y.Doc();
  connected = false;
  /** How to answer the next changes (updates, step 2s, catch-up pieces): a code refuses, null takes it. */
  refuseChanges: Array<ErrorCode | null> = [];
  /** Codes to refuse the next step 1s with. */
  refuseStep1: ErrorCode[] = [];
  /** Codes to refuse the next joins with. */
  refuseJoins: ErrorCode[] = [];
  /** The name of every event the client emitted, in order. */
  readonly events: string[] = [];
  /** While true, oks for changes wait in `heldAcks` (the commit has not happened yet). */
  holdAcks = false;
  readonly heldAcks: Array<() => void> = [];
  /** Every sync message the client sent, by type (0 step 1, 1 step 2, 2 update, 3 piece). */
  readonly received: Array<{ type: number; bytes: number }> = [];
  private channel: DocChannel | null = null;
  private readonly queue: Array<() => void> = [];
  private pieces: Uint8Array[] = [];

  /** The connection as DocProvider sees it: socket.emit, connected, register and unregister. */
  asConnection(): SyncConnection {
    return new FakeConnection(this) as unknown as SyncConnection;
  }

  /** Called by the fake connection. */
  attach(channel: DocChannel | null): void {
    this.channel = channel;
    if (channel && this.connected) channel.onConnect();
  }

  connect(): void {
    this.connected = true;
    this.channel?.onConnect();
  }

  /** The connection drops: nothing in flight arrives any more. */
  drop(): void {
    this.connected = false;
    this.queue.length = 0;
    this.heldAcks.length = 0;
    this.pieces = [];
    this.channel?.onDisconnect();
  }

  /** Runs every queued answer, and those they cause, in order. */
  deliver(): void {
    while (this.deliverOne());
  }

  /** Runs the next queued answer; false when there was none. */
  deliverOne(): boolean {
    const next = this.queue.shift();
    next?.();
    return next !== undefined;
  }

  releaseAcks(): void {
    this.heldAcks.splice(0).forEach((release) => this.queue.push(release));
    this.deliver();
  }

  receive(event: string, args: unknown[]): void {
    if (!this.connected) return;
    this.events.push(event);
    const ack = args.at(-1);
    if (event === 'join' && typeof ack === 'function') {
      const code = this.refuseJoins.shift();
      const result: JoinResult = code
        ? { ok: false, code, message: 'refused join' }
        : { ok: true, access: 'write' };
      this.queue.push(() => (ack as (result: JoinResult) => void)(result));
    }
    const message = args[1];
    if (event === 'sync' && message instanceof Uint8Array && typeof ack === 'function') {
      this.sync(message, ack as Ack);
    }
  }

  private sync(message: Uint8Array, ack: Ack): void {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    this.received.push({ type, bytes: message.byteLength });
    const reply = (result: SyncAck) => this.queue.push(() => ack(result));
    if (message.byteLength > Limits.maxMessageBytes) {
      reply({ ok: false, code: ErrorCode.MessageTooLarge, message: 'too large' });
      return;
    }
    if (type === syncProtocol.messageYjsSyncStep1) {
      const code = this.refuseStep1.shift();
      if (code) {
        reply({ ok: false, code, message: 'refused step 1' });
        return;
      }
      this.send(syncProtocol.messageYjsSyncStep2, Y.encodeStateAsUpdate(this.doc, payload));
      this.send(syncProtocol.messageYjsSyncStep1, Y.encodeStateVector(this.doc));
      reply({ ok: true });
      return;
    }
    const code = this.refuseChanges.shift();
    if (code) {
      // Like the server's rate limit, a refusal before the pieces are joined keeps those received.
      reply({ ok: false, code, message: 'refused change' });
      return;
    }
    if (type === messageCatchUpChunk) {
      const piece = decodeCatchUpChunk(payload);
      if (!piece || piece.index !== this.pieces.length) {
        reply({ ok: false, code: ErrorCode.OutOfOrder, message: 'piece out of order' });
        return;
      }
      this.pieces.push(piece.bytes.slice());
      if (this.pieces.length < piece.total) {
        reply({ ok: true });
        return;
      }
      this.apply(join(this.pieces.splice(0)), reply);
      return;
    }
    if (payload.byteLength > Limits.maxUpdateBytes) {
      reply({ ok: false, code: ErrorCode.MessageTooLarge, message: 'update too large' });
      return;
    }
    this.apply(payload, reply);
  }

  private apply(update: Uint8Array, reply: Ack): void {
    Y.applyUpdate(this.doc, update);
    if (this.holdAcks) this.heldAcks.push(() => reply({ ok: true }));
    else reply({ ok: true });
  }

  private send(type: number, payload: Uint8Array): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, type);
    encoding.writeVarUint8Array(encoder, payload);
    const message = encoding.toUint8Array(encoder);
    this.queue.push(() => this.channel?.onSync(message));
  }
}

class FakeConnection {
  readonly socket = {
    emit: (event: string, ...args: unknown[]) => this.server.receive(event, args),
  };

  constructor(private readonly server: FakeSyncServer) {}

  get connected(): boolean {
    return this.server.connected;
  }

  register(_doc: string, channel: DocChannel): void {
    this.server.attach(channel);
  }

  unregister(): void {
    this.server.attach(null);
  }
}

function join(pieces: Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.byteLength, 0));
  let offset = 0;
  for (const piece of pieces) {
    whole.set(piece, offset);
    offset += piece.byteLength;
  }
  return whole;
}
