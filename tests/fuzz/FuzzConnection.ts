import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import {
  toUint8Array,
  type Access,
  type Binary,
  type Problem,
  type SyncAck,
} from '../../shared/protocol';
import { decodeCatchUpChunk, messageCatchUpChunk } from '../../shared/protocol/catchUp';
import type { DocChannel, SyncConnection } from '../../client/sync/SyncConnection';
import type { Link, ToClient, ToServer } from './link';

export interface SyncAnswers {
  /** The server acknowledged this update as stored. */
  stored(update: Uint8Array): void;
  refused(code: string): void;
}

/**
 * The client end of the fuzzer's network, standing in for `SyncConnection` (same public surface:
 * `socket.emit`, `connected`, `register`, `unregister`), so a real DocProvider runs on it
 * unchanged. Like Socket.IO's client it buffers emits made while disconnected and sends them
 * first on the next connection.
 */
export class FuzzConnection {
  private readonly channels = new Map<string, DocChannel>();
  private link: Link | null = null;
  private readonly sendBuffer: ToServer[] = [];
  /** Sync messages the last link lost on the way to the server. */
  private lost: ToServer[] = [];
  /** Pieces of each catch-up sent so far, by id, to know what its last piece's ack confirms. */
  private readonly catchUps = new Map<number, Uint8Array[]>();
  readonly socket = { emit: (event: string, ...args: unknown[]) => this.emit(event, args) };

  /** @param answers told of each answer to a sync message as the client receives it. */
  constructor(private readonly answers: SyncAnswers) {}

  /** The DocProvider's view; the cast is the one place the fake meets the class's type. */
  asSyncConnection(): SyncConnection {
    return this as unknown as SyncConnection;
  }

  /** The transport session now up, if any. */
  get currentLink(): Link | null {
    return this.link?.alive ? this.link : null;
  }

  get connected(): boolean {
    return this.link?.alive ?? false;
  }

  register(doc: string, channel: DocChannel): void {
    if (this.channels.has(doc)) throw new Error(`${doc} is already open on this connection`);
    this.channels.set(doc, channel);
    if (this.connected) channel.onConnect();
  }

  unregister(doc: string): void {
    this.channels.delete(doc);
  }

  close(): void {
    this.channels.clear();
    this.link?.cut();
  }

  /**
   * The transport came up on `link`: buffered emits go first, then 'connect' (as in Socket.IO).
   * With `replayLost`, the sync messages the last link lost in flight are sent again after the
   * handshake began, as a transport with retries would: the server sees changes twice, or
   * changes it no longer needs, and must take them in its stride.
   */
  connect(link: Link, replayLost = false): void {
    this.link = link;
    link.onClientMessage = (message) => this.deliver(message);
    link.whenCut((lost) => {
      this.lost = lost.filter((message) => message.event === 'sync');
      if (this.link !== link) return;
      this.link = null;
      this.channels.forEach((channel) => channel.onDisconnect());
    });
    for (const { event, args } of this.sendBuffer.splice(0)) this.emit(event, args);
    this.channels.forEach((channel) => channel.onConnect());
    // Their acks reach callbacks of an earlier connection, which the provider ignores.
    if (replayLost) link.toServer.push(...this.lost);
    this.lost = [];
  }

  /** Hands one message from the server to the provider, as SyncConnection's listeners do. */
  deliver(message: ToClient): void {
    if (message.kind === 'ack') {
      message.answer();
      return;
    }
    const [first, second] = message.args;
    switch (message.event) {
      case 'sync':
        this.channels.get(first as string)?.onSync(toUint8Array(second as Binary));
        return;
      case 'awareness':
        this.channels.get(first as string)?.onAwareness(toUint8Array(second as Binary));
        return;
      case 'access':
        this.channels.get(first as string)?.onAccess(second as Access | null);
        return;
      case 'problem': {
        const problem = first as Problem;
        if (problem.doc) this.channels.get(problem.doc)?.onProblem(problem);
        else this.channels.forEach((channel) => channel.onProblem(problem));
        return;
      }
      case 'workshopPrivate':
        return;
    }
  }

  private emit(event: string, args: unknown[]): void {
    const link = this.link;
    if (!link?.alive) {
      this.sendBuffer.push({ event, args });
      return;
    }
    const last = args[args.length - 1];
    if (event === 'sync' && typeof last === 'function') {
      const ack = last as (result: SyncAck) => void;
      const update = this.carriedUpdate(toUint8Array(args[1] as Binary));
      args = [
        ...args.slice(0, -1),
        (result: SyncAck) => {
          if (result.ok && update) this.answers.stored(update);
          if (!result.ok) this.answers.refused(result.code);
          ack(result);
        },
      ];
    }
    // Copied, as serialising onto the wire would: nobody may share a buffer across the network.
    link.toServer.push({
      event,
      args: args.map((arg) => (arg instanceof Uint8Array ? arg.slice() : arg)),
    });
  }

  /**
   * The Yjs update whose storing an ok ack of this sync message confirms: the payload of step 2
   * or update, the joined pieces for a catch-up's last piece, null for anything else.
   */
  private carriedUpdate(message: Uint8Array): Uint8Array | null {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (type === syncProtocol.messageYjsSyncStep2 || type === syncProtocol.messageYjsUpdate)
      return payload;
    const chunk = type === messageCatchUpChunk ? decodeCatchUpChunk(payload) : null;
    if (!chunk) return null;
    if (chunk.index === 0) this.catchUps.set(chunk.id, []);
    const pieces = this.catchUps.get(chunk.id);
    pieces?.push(chunk.bytes);
    if (!pieces || chunk.index < chunk.total - 1) return null;
    this.catchUps.delete(chunk.id);
    return concat(pieces);
  }
}

function concat(pieces: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.byteLength, 0));
  let offset = 0;
  for (const piece of pieces) {
    joined.set(piece, offset);
    offset += piece.byteLength;
  }
  return joined;
}
