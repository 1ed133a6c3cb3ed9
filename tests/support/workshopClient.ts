import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import { PROTOCOL_VERSION, toUint8Array, type JoinResult, type SyncAck, type WorkshopAck } from '../../shared/protocol';
import type { MyPrivateView } from '../../shared/workshop';
import type { ClientSocket } from '../../client/sync/SyncConnection';
import { rawSocket } from './syncClient';
import { waitFor } from './waitFor';

/** What arrived on the wire for the workshop, in order, as received. */
export type Frame = { kind: 'sync'; update: Uint8Array } | { kind: 'private'; json: string };

type Emit = { emit(...args: unknown[]): void };

/**
 * A workshop client on a bare socket: joins the public doc through the normal sync handshake,
 * applies what the server sends to its own Y.Doc and records every frame, so a test can check
 * what a person could have read off the wire, not only what a well-behaved UI would show.
 */
export class WorkshopClient {
  readonly doc = new Y.Doc();
  readonly frames: Frame[] = [];
  view: MyPrivateView | null = null;
  views = 0;

  private constructor(
    readonly socket: ClientSocket,
    readonly docName: string,
  ) {
    socket.prependAny((event: string, ...args: unknown[]) => {
      if (args[0] !== docName) return;
      if (event === 'workshopPrivate') {
        this.frames.push({ kind: 'private', json: JSON.stringify(args[1]) });
        this.view = args[1] as MyPrivateView;
        this.views++;
      } else if (event === 'sync' && (args[1] instanceof Uint8Array || args[1] instanceof ArrayBuffer)) {
        const decoder = decoding.createDecoder(toUint8Array(args[1]));
        const type = decoding.readVarUint(decoder);
        if (type === syncProtocol.messageYjsSyncStep1) return; // the server asking; a reader has nothing to give
        const update = decoding.readVarUint8Array(decoder);
        this.frames.push({ kind: 'sync', update });
        Y.applyUpdate(this.doc, update, 'server');
      }
    });
  }

  static async connect(url: string, cookie: string | null, docName: string): Promise<WorkshopClient> {
    const socket = rawSocket(url, cookie);
    await waitFor(() => socket.connected, 'socket to connect');
    return new WorkshopClient(socket, docName);
  }

  /**
   * Joins the doc and sends sync step 1; `join` does not wait for the state to arrive.
   * `watchOnly` opens it without taking part (as the results page does).
   */
  async join(doc = this.docName, options: { watchOnly?: boolean } = {}): Promise<JoinResult> {
    const request = { doc, protocol: PROTOCOL_VERSION, ...options };
    const result = await new Promise<JoinResult>((resolve) =>
      (this.socket as unknown as Emit).emit('join', request, resolve),
    );
    if (result.ok) {
      const encoder = encoding.createEncoder();
      syncProtocol.writeSyncStep1(encoder, this.doc);
      await this.sync(encoding.toUint8Array(encoder), doc);
    }
    return result;
  }

  sync(message: Uint8Array, doc = this.docName): Promise<SyncAck> {
    return new Promise((resolve) => (this.socket as unknown as Emit).emit('sync', doc, message, resolve));
  }

  /** Untyped on purpose: tests also send what no well-behaved client would. */
  command(command: unknown, doc = this.docName): Promise<WorkshopAck> {
    return new Promise((resolve) => (this.socket as unknown as Emit).emit('workshopCommand', doc, command, resolve));
  }

  close(): void {
    this.socket.disconnect();
  }
}
