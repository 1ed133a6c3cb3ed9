import { io, type Socket } from 'socket.io-client';
import { wireParser } from '../../shared/protocol/wireParser';
import type { Access, Binary, ClientToServerEvents, Problem, ServerToClientEvents } from '../../shared/protocol';
// Single modules, not the protocol's index: that would bring its zod schemas (the server's) along.
import { ErrorCode } from '../../shared/protocol/errors';
import { toUint8Array } from '../../shared/protocol/binary';
import { Retry } from './backoff';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** What a document provider needs from the shared connection: messages for its document. */
export interface DocChannel {
  onConnect(): void;
  onDisconnect(): void;
  onSync(message: Uint8Array): void;
  onAwareness(update: Uint8Array): void;
  onProblem(problem: Problem): void;
  onAccess(access: Access | null): void;
  /** False once the server refused the document for good: no reason to reconnect for it. */
  wantsConnection?(): boolean;
}

export interface SyncConnectionOptions {
  /** Server origin; omit in the browser to use the page's own. */
  url?: string;
  /** First reconnect delay in ms; doubles up to `reconnectDelayMaxMs`, each with ±50 % jitter. */
  reconnectDelayMs?: number;
  reconnectDelayMaxMs?: number;
  /** Extra Socket.IO options (tests pass e.g. `forceNew`). */
  extraHeaders?: Record<string, string>;
}

/**
 * One Socket.IO connection carrying any number of documents. Every message names its document,
 * so a person can hold a plan and a workshop open over the same socket. Runs in Node and the
 * browser alike (no DOM), so tests and benchmarks drive the same client code people use.
 */
export class SyncConnection {
  readonly socket: ClientSocket;
  private readonly channels = new Map<string, DocChannel>();
  /** Coming back after the server refused or closed the connection itself (Socket.IO does not). */
  private readonly comeBack = new Retry();
  private refused = false;
  /** The server said it closes this connection for holding nothing. */
  private closingIdle = false;
  private closed = false;

  constructor(options: SyncConnectionOptions = {}) {
    const socketOptions = {
      // Websocket only: no long-polling, so no sticky sessions are needed behind a proxy.
      transports: ['websocket'],
      parser: wireParser,
      reconnectionDelay: options.reconnectDelayMs ?? 500,
      reconnectionDelayMax: options.reconnectDelayMaxMs ?? 10_000,
      // Jitter spreads a crowd's reconnects after a server restart (no reconnect storm).
      randomizationFactor: 0.5,
      // A handshake that stalls (e.g. the socket dropped mid-connect) is retried after 5 s
      // instead of Socket.IO's default 20 s.
      timeout: 5_000,
      forceNew: true,
      ...(options.extraHeaders ? { extraHeaders: options.extraHeaders } : {}),
    };
    this.socket = options.url ? io(options.url, socketOptions) : io(socketOptions);
    this.socket.on('connect', () => this.channels.forEach((channel) => channel.onConnect()));
    this.socket.on('disconnect', () => this.channels.forEach((channel) => channel.onDisconnect()));
    this.socket.on('sync', (doc: string, message: Binary) =>
      this.channels.get(doc)?.onSync(toUint8Array(message)),
    );
    this.socket.on('awareness', (doc: string, update: Binary) =>
      this.channels.get(doc)?.onAwareness(toUint8Array(update)),
    );
    this.socket.on('access', (doc: string, access: Access | null) => this.channels.get(doc)?.onAccess(access));
    this.socket.on('problem', (problem: Problem) => {
      if (problem.doc) this.channels.get(problem.doc)?.onProblem(problem);
      else this.channels.forEach((channel) => channel.onProblem(problem));
      if (!problem.doc && problem.code === ErrorCode.NotJoined) this.closingIdle = true;
    });
    // Closed for holding nothing: back when a document still wants it (else at the next `register`).
    this.socket.on('disconnect', (reason) => {
      if (reason === 'io server disconnect' && this.closingIdle && this.wanted()) this.reconnectLater();
      this.closingIdle = false;
    });
    this.socket.on('connect', () => {
      this.refused = false;
      this.comeBack.reset();
    });
    // A refused handshake (e.g. `too-many-connections` from one address): retried with a growing
    // delay, never in a tight loop; a network failure is retried by Socket.IO itself (still active).
    this.socket.on('connect_error', () => {
      if (this.socket.active) return;
      this.refused = true;
      this.reconnectLater();
    });
  }

  private wanted(): boolean {
    return [...this.channels.values()].some((channel) => channel.wantsConnection?.() ?? true);
  }

  private reconnectLater(): void {
    if (this.closed) return;
    this.comeBack.schedule(() => {
      if (!this.closed && !this.socket.active) this.socket.connect();
    });
  }

  get connected(): boolean {
    return this.socket.connected;
  }

  register(doc: string, channel: DocChannel): void {
    if (this.channels.has(doc)) throw new Error(`${doc} is already open on this connection`);
    this.channels.set(doc, channel);
    if (this.socket.connected) channel.onConnect();
    // The server closed an idle connection: open it again now that a document needs it.
    else if (!this.socket.active && !this.refused && !this.closed) this.socket.connect();
  }

  unregister(doc: string): void {
    this.channels.delete(doc);
  }

  close(): void {
    this.closed = true;
    this.comeBack.cancel();
    this.channels.clear();
    this.socket.disconnect();
  }
}
