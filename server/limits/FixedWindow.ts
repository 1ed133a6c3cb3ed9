import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { ALLOWED, refused, type Attempt } from './attempt';

/**
 * At most `points` per window for one key (an address, an invite); the window starts with the key's
 * first count. Either every attempt counts (`take`), or the caller checks first and counts only
 * what should cost (`check`, then `count` after a failure).
 */
export class FixedWindow {
  constructor(
    private readonly limiter: RateLimiterAbstract,
    private readonly keyOf: (raw: string) => string = (raw) => raw,
  ) {}

  /** Counts one attempt; refused once the window's points are spent. */
  async take(raw: string): Promise<Attempt> {
    try {
      await this.limiter.consume(this.keyOf(raw));
      return ALLOWED;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return refused(rejection.msBeforeNext);
      throw rejection;
    }
  }

  /** Whether the key's points are spent, without counting. */
  async check(raw: string): Promise<Attempt> {
    const state = await this.limiter.get(this.keyOf(raw));
    return state && state.consumedPoints >= this.limiter.points
      ? refused(state.msBeforeNext)
      : ALLOWED;
  }

  /** Counts one, never refused (the attempt already happened). */
  async count(raw: string): Promise<void> {
    await this.limiter.penalty(this.keyOf(raw));
  }
}
