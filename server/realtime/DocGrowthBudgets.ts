import { Limits } from '../../shared/protocol';
import { TokenBucket } from '../../shared/protocol/TokenBucket';

/** Buckets kept before full ones (as good as new) are swept away, so memory follows activity. */
const SWEEP_ABOVE = 256;

/**
 * How fast each document may grow, in update bytes per second, shared by every connection
 * on it: many connections, each inside its own budget, cannot together flood one document.
 * One instance per server (the composition root makes it), handed to every session.
 */
export class DocGrowthBudgets {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly bytesPerSecond: number = Limits.docGrowthBytesPerSecond,
    private readonly burst: number = Limits.docGrowthBurst,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Whether `doc` may grow by `bytes` now, without spending them. */
  has(doc: string, bytes: number): boolean {
    return this.buckets.get(doc)?.has(bytes) ?? bytes <= this.burst;
  }

  /** Spends `bytes` of the document's budget if they are all there. */
  take(doc: string, bytes: number): boolean {
    let bucket = this.buckets.get(doc);
    if (!bucket) {
      if (this.buckets.size >= SWEEP_ABOVE) this.sweep();
      bucket = new TokenBucket(this.bytesPerSecond, this.burst, this.now);
      this.buckets.set(doc, bucket);
    }
    return bucket.take(bytes);
  }

  /** Documents with a bucket that is not full (for tests: memory stays bounded). */
  get tracked(): number {
    return this.buckets.size;
  }

  private sweep(): void {
    for (const [doc, bucket] of this.buckets) if (bucket.full()) this.buckets.delete(doc);
  }
}
