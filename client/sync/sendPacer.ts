// Single module, not the protocol's index: that would bring its zod schemas (the server's) along.
import { Limits } from '../../shared/protocol/limits';

/**
 * Below the server's own limits (shared/protocol/limits.ts): the server measures on arrival, so
 * messages paced here may reach it bunched by the network; the margin and the smaller bursts
 * absorb that.
 */
const SHARE = 0.8;

/** A token bucket that may go into debt: handshake messages are sent regardless and paid for later. */
class Budget {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number,
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Milliseconds until `cost` tokens are there (0: now). */
  waitFor(cost: number): number {
    this.refill();
    const need = Math.min(cost, this.burst) - this.tokens;
    return need <= 0 ? 0 : Math.ceil((need / this.perSecond) * 1000);
  }

  spend(cost: number): void {
    this.refill();
    this.tokens -= cost;
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
  }
}

/**
 * What one connection may still send without the server refusing it for rate: the messages and
 * the bytes per second of the server's per-connection budgets. Shared by every document on the
 * connection, as the server's budgets are. Changes wait (and merge, see PendingUpdates) while
 * it says so; handshakes and catch-up pieces are counted but never held.
 */
export class SendPacer {
  private readonly messages: Budget;
  private readonly bytes: Budget;

  constructor(now: () => number = () => Date.now()) {
    this.messages = new Budget(Limits.syncPerSecond * SHARE, Limits.syncBurst / 2, now);
    this.bytes = new Budget(Limits.syncBytesPerSecond * SHARE, Limits.syncBytesBurst / 2, now);
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
