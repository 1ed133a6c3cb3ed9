import { ErrorCode } from '../../shared/protocol/errors';
import type { SyncAck } from '../../shared/protocol';
import { encodeCatchUpChunk, type CatchUpChunk } from '../../shared/protocol/catchUp';
import { retryDelay } from './backoff';
import type { ClientSocket } from './SyncConnection';
import type { SendPacer } from './sendPacer';

export interface CatchUpTransport {
  /** Sends one `sync` message; `onAck` gets the server's answer (never, if the connection drops). */
  send(message: Uint8Array, onAck: (ack: SyncAck) => void): void;
  /** Runs `run` after `ms`; returns how to cancel it. */
  later(run: () => void, ms: number): () => void;
  /** Milliseconds to wait before sending `bytes` more (the connection's budget); none if absent. */
  delay?(bytes: number): number;
}

/**
 * Pieces over the real socket; acks arriving after `current` turned false are dropped. Each
 * piece waits for and is counted against the connection's send budget (see SendPacer), so a
 * catch-up larger than the server's byte burst is paced rather than refused piece by piece.
 */
export function socketTransport(
  socket: ClientSocket,
  docName: string,
  current: () => boolean,
  pacer?: SendPacer,
): CatchUpTransport {
  return {
    send: (message, onAck) => {
      pacer?.sent(message.byteLength);
      socket.emit('sync', docName, message, (ack) => {
        if (current()) onAck(ack);
      });
    },
    delay: (bytes) => pacer?.waitFor(bytes) ?? 0,
    later: (run, ms) => {
      const timer = setTimeout(run, ms);
      return () => clearTimeout(timer);
    },
  };
}

/** Refusals of a piece that pass with time: the server keeps the pieces it has, so wait and resend. */
const RESEND: ReadonlySet<ErrorCode> = new Set([
  ErrorCode.RateLimited,
  ErrorCode.GrowthLimited,
  ErrorCode.StorageFailed,
]);

/**
 * Sends one large catch-up in pieces (shared/protocol/catchUp.ts), each after the previous one
 * was acknowledged, so a slow link or a busy server sets the pace, and each within the
 * connection's send budget (`CatchUpTransport.delay`). A piece refused by a budget
 * (rate, growth, storage backlog) is sent again after a jittered pause; any other refusal ends
 * the catch-up (the caller resyncs). `done` gets the last piece's ack, the whole update's ack.
 */
export class CatchUpSender {
  private next = 0;
  private retries = 0;
  private cancelled = false;
  private cancelRetry: (() => void) | null = null;
  /** Why the current piece waits to be sent again, while it does. */
  retrying: ErrorCode | null = null;

  constructor(
    private readonly chunks: readonly CatchUpChunk[],
    private readonly transport: CatchUpTransport,
    private readonly done: (ack: SyncAck) => void,
    /** Told when `retrying` changed. */
    private readonly onRetrying: () => void = () => undefined,
  ) {}

  start(): void {
    this.sendNext();
  }

  /** Stops sending; no `done` follows. */
  cancel(): void {
    this.cancelled = true;
    this.cancelRetry?.();
    this.cancelRetry = null;
  }

  private sendNext(): void {
    const chunk = this.chunks[this.next];
    if (!chunk || this.cancelled) return;
    const message = encodeCatchUpChunk(chunk);
    const wait = this.transport.delay?.(message.byteLength) ?? 0;
    if (wait > 0) {
      this.cancelRetry = this.transport.later(() => {
        this.cancelRetry = null;
        this.sendNext();
      }, wait);
      return;
    }
    this.transport.send(message, (ack) => this.handleAck(ack));
  }

  private handleAck(ack: SyncAck): void {
    if (this.cancelled) return;
    if (!ack.ok && RESEND.has(ack.code)) {
      this.retries++;
      this.setRetrying(ack.code);
      this.cancelRetry = this.transport.later(() => {
        this.cancelRetry = null;
        this.sendNext();
      }, retryDelay(this.retries));
      return;
    }
    this.setRetrying(null);
    if (!ack.ok) {
      this.done(ack);
      return;
    }
    this.retries = 0;
    this.next++;
    if (this.next === this.chunks.length) this.done(ack);
    else this.sendNext();
  }

  private setRetrying(code: ErrorCode | null): void {
    if (this.retrying === code) return;
    this.retrying = code;
    this.onRetrying();
  }
}
