// Single module, not the protocol's index: that would bring its zod schemas (the server's) along.
import { Limits } from '../../shared/protocol/limits';
import { TokenBucket } from '../../shared/protocol/TokenBucket';

/**
 * Below the server's own limits (shared/protocol/limits.ts): the server measures on arrival, so
 * messages paced here may reach it bunched by the network; the margin and the smaller bursts
 * absorb that.
 */
const SHARE = 0.8;

/**
 * What one connection may still send without the server refusing it for rate: the messages and
 * the bytes per second of the server's per-connection budgets. Shared by every document on the
 * connection, as the server's budgets are. Changes wait (and merge, see PendingUpdates) while
 * it says so; handshakes and catch-up pieces are counted but never held.
 */
export class SendPacer {
  private readonly messages: TokenBucket;
  private readonly bytes: TokenBucket;

  constructor(now: () => number = () => Date.now()) {
    this.messages = new TokenBucket(Limits.syncPerSecond * SHARE, Limits.syncBurst / 2, now);
    this.bytes = new TokenBucket(Limits.syncBytesPerSecond * SHARE, Limits.syncBytesBurst / 2, now);
  }

  /** Milliseconds to wait before a message of `bytes` fits both budgets (0: send now). */
  waitFor(bytes: number): number {
    return Math.max(this.messages.waitFor(1), this.bytes.waitFor(bytes));
  }

  /** Counts a message that was sent. */
  sent(bytes: number): void {
    this.messages.spend(1);
    this.bytes.spend(bytes);
  }
}

const pacers = new WeakMap<object, SendPacer>();

/** The pacer of a connection's socket: one per socket, whichever provider asks. */
export function pacerFor(socket: object): SendPacer {
  let pacer = pacers.get(socket);
  if (!pacer) {
    pacer = new SendPacer();
    pacers.set(socket, pacer);
  }
  return pacer;
}
