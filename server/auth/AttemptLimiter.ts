import { TokenBucket } from '../realtime/TokenBucket';

export type Attempt = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Token buckets per key (an IP address, an account): `limit` attempts per `windowMs`, refilled
 * steadily. Keys not seen for a window are dropped, so memory stays bounded under a spray.
 */
export class AttemptLimiter {
  private readonly buckets = new Map<string, { bucket: TokenBucket; lastSeen: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  take(key: string): Attempt {
    const now = this.now();
    this.prune(now);
    let entry = this.buckets.get(key);
    if (!entry) {
      entry = { bucket: new TokenBucket((this.limit * 1000) / this.windowMs, this.limit, this.now), lastSeen: now };
      this.buckets.set(key, entry);
    }
    entry.lastSeen = now;
    if (entry.bucket.take()) return { ok: true };
    return { ok: false, retryAfterSeconds: Math.ceil(this.windowMs / this.limit / 1000) };
  }

  private prune(now: number): void {
    if (this.buckets.size < 10_000) return;
    for (const [key, entry] of this.buckets) {
      if (now - entry.lastSeen > this.windowMs) this.buckets.delete(key);
    }
  }
}
