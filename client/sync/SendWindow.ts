import type { SyncAck } from '../../shared/protocol';
import { PendingUpdates } from './PendingUpdates';
import type { SendPacer } from './sendPacer';

/**
 * Sync messages one document keeps unacknowledged before its further changes wait and merge.
 * Acks come once a change is committed, so this bounds what a stalled link (which the client
 * cannot tell from a slow one) piles up for the server to take at once when it comes back.
 */
export const MAX_IN_FLIGHT = 4;

/** Sends one sync message; `onAck` gets the server's answer once it is stored (or refused). */
export type EmitSync = (message: Uint8Array, onAck: (ack: SyncAck) => void) => void;

/**
 * One document's changes on their way to the server: the queue where they wait and merge
 * (`PendingUpdates`) while the window of unacknowledged messages is full or the pacer says wait,
 * and the numbered messages in flight until their ack. It knows nothing of handshakes: the
 * provider decides when queued changes may go (see `DocProvider.flush`).
 */
export class SendWindow {
  /** Our changes not sent yet, merged as they come. */
  private readonly queued = new PendingUpdates();
  /** Sent messages (updates, step 1s and 2s, catch-ups) whose ack has not come. */
  private readonly inFlight = new Set<number>();
  private lastToken = 0;
  /** Bumped by `reset`, so acks of messages sent before it are ignored. */
  private generation = 0;
  /** Queued changes waiting for the pacer's budget. */
  private paceTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly pacer: SendPacer,
    private readonly emit: EmitSync,
  ) {}

  /** Every message sent has been acknowledged. */
  get idle(): boolean {
    return this.inFlight.size === 0;
  }

  /** For the status: messages not acknowledged yet, and the queue (one message, once it goes). */
  get unsaved(): number {
    return this.inFlight.size + (this.queued.size > 0 ? 1 : 0);
  }

  /** The token the next message gets: a round begun now knows which refusals it heals. */
  get nextToken(): number {
    return this.lastToken + 1;
  }

  queue(update: Uint8Array): void {
    this.queued.push(update);
  }

  /** Forgets the queue: what is about to go (a handshake's step 2) carries it. */
  discardQueued(): void {
    this.queued.clear();
  }

  /**
   * The queued changes as one update, when the window and the pacer allow; null otherwise.
   * When the pacer holds them, they stay queued (what comes meanwhile merges in) and `retry` is
   * called once its budget allows; when the window is full, the next ack's settling retries.
   */
  takeQueued(retry: () => void): Uint8Array | null {
    if (this.queued.size === 0 || this.paceTimer) return null;
    if (this.inFlight.size >= MAX_IN_FLIGHT) return null;
    const update = this.queued.take();
    if (!update) return null;
    const wait = this.pacer.waitFor(update.byteLength);
    if (wait > 0) {
      this.queued.push(update);
      this.paceTimer = setTimeout(() => {
        this.paceTimer = null;
        retry();
      }, wait);
      return null;
    }
    return update;
  }

  /** Sends one message that stays in flight until its ack; acks from before a `reset` are dropped. */
  send(message: Uint8Array, onAck: (ack: SyncAck, token: number) => void): void {
    const token = this.open();
    const generation = this.generation;
    this.pacer.sent(message.byteLength);
    this.emit(message, (ack) => {
      // An ack from before a reconnect: the handshake since has resent everything it covered.
      if (generation !== this.generation) return;
      this.inFlight.delete(token);
      onAck(ack, token);
    });
  }

  /** A message in flight that goes by other means (a catch-up in pieces); `close` ends it. */
  open(): number {
    const token = ++this.lastToken;
    this.inFlight.add(token);
    return token;
  }

  close(token: number): void {
    this.inFlight.delete(token);
  }

  /** The connection dropped or the provider closed: nothing is awaited or queued any more. */
  reset(): void {
    this.generation++;
    this.inFlight.clear();
    this.queued.clear();
    this.cancelPacing();
  }

  cancelPacing(): void {
    if (this.paceTimer) clearTimeout(this.paceTimer);
    this.paceTimer = null;
  }
}
