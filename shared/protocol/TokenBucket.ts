/**
 * Allows `ratePerSecond` on average with bursts up to `burst`; the clock is injectable for tests.
 * A token is one message, or one byte when the bucket meters bytes (`take(update.byteLength)`).
 * The server refuses what does not fit (`take`); the client paces itself with the same buckets
 * (`waitFor`, `spend`: client/sync/sendPacer.ts).
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Whether `cost` tokens are there now, without taking them (to check several budgets first). */
  has(cost = 1): boolean {
    this.refill();
    return this.tokens >= cost;
  }

  /** Takes `cost` tokens if they are all there; a refused take takes nothing. */
  take(cost = 1): boolean {
    if (!this.has(cost)) return false;
    this.tokens -= cost;
    return true;
  }

  /** Milliseconds until `cost` tokens are there (0: now); a cost above the burst waits for a full bucket. */
  waitFor(cost = 1): number {
    this.refill();
    const need = Math.min(cost, this.burst) - this.tokens;
    return need <= 0 ? 0 : Math.ceil((need / this.ratePerSecond) * 1000);
  }

  /** Takes `cost` tokens whether or not they are there: what is sent regardless is paid for later. */
  spend(cost = 1): void {
    this.refill();
    this.tokens -= cost;
  }

  /** Whether the bucket is full again, i.e. indistinguishable from a new one (so it may be dropped). */
  full(): boolean {
    this.refill();
    return this.tokens >= this.burst;
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(
      this.burst,
      this.tokens + ((now - this.last) / 1000) * this.ratePerSecond,
    );
    this.last = now;
  }
}
