import { addressKey } from './addressKey';
import { firstRefusal, type Attempt } from './attempt';
import type { DelaySchedule } from './delaySchedule';
import { FixedWindow } from './FixedWindow';
import { GrowingDelay } from './GrowingDelay';
import type { LimiterStore } from './limiterStore';

/**
 * Guessing workshop join codes. A classroom behind one address types the right code, so what is
 * limited is mostly a *miss* (a well-formed code that names no workshop):
 * - per address: 10 misses free (typos), then 1 s, 2 s, 4 s … up to 15 minutes between tries;
 *   misses are forgotten an hour after the first, and a hit never resets them;
 * - per address, every code request: 300 in 10 minutes, so one address cannot hammer the server
 *   even with a valid code (a class of 30 makes about 60);
 * - globally, all addresses together: 100 misses a minute. Past that, every code is refused until
 *   the minute is over, before it is looked up — a refusal says nothing about any code.
 * - per code: the redemption budget of the invitation behind it (limits.redeemPerInvite).
 *
 * The arithmetic (docs/security.md, "Limits and why"): codes have 40 random bits, 2^40 ≈ 1.1 × 10^12. With as
 * many as 1,000 codes live at once, one guess hits with odds 1,000 / 1.1 × 10^12 ≈ 9 × 10^-10. At
 * the global cap of 100 misses a minute, 144,000 guesses a day, an attacker expects a hit after
 * 1.1 × 10^9 guesses: about 7,600 days (21 years) of guessing at the cap, for a participant's seat
 * in one workshop whose code lives at most 7 days. One address alone gets about 25 misses an hour.
 */
export const JoinCodeLimit = {
  missesPerAddress: {
    freeFailures: 10,
    firstDelayMs: 1_000,
    maxDelayMs: 15 * 60_000,
    forgetAfterMs: 60 * 60_000,
  } satisfies DelaySchedule,
  requestsPerAddress: { points: 300, windowSeconds: 10 * 60 },
  missesGlobal: { points: 100, windowSeconds: 60 },
} as const;

/** All addresses share one key of the global window. */
const EVERYONE = 'all';

export class JoinCodeLimits {
  private readonly missesPerAddress: GrowingDelay;
  private readonly requestsPerAddress: FixedWindow;
  private readonly missesGlobal: FixedWindow;

  constructor(store: LimiterStore, now: () => number) {
    this.missesPerAddress = new GrowingDelay(
      store,
      'code-address',
      JoinCodeLimit.missesPerAddress,
      now,
    );
    this.requestsPerAddress = new FixedWindow(
      store(
        'code-requests',
        JoinCodeLimit.requestsPerAddress.points,
        JoinCodeLimit.requestsPerAddress.windowSeconds,
      ),
      addressKey,
    );
    this.missesGlobal = new FixedWindow(
      store(
        'code-global',
        JoinCodeLimit.missesGlobal.points,
        JoinCodeLimit.missesGlobal.windowSeconds,
      ),
    );
  }

  /** Before a code is looked up: counts the request, and refuses while this address or everyone must wait. */
  async before(ip: string): Promise<Attempt> {
    return firstRefusal(
      await Promise.all([
        this.requestsPerAddress.take(ip),
        this.missesGlobal.check(EVERYONE),
        this.missesPerAddress.check(addressKey(ip)),
      ]),
    );
  }

  /** The code named no workshop. */
  async missed(ip: string): Promise<void> {
    await Promise.all([
      this.missesGlobal.count(EVERYONE),
      this.missesPerAddress.fail(addressKey(ip)),
    ]);
  }
}
