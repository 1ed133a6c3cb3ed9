import { createHash } from 'node:crypto';
import { addressKey } from './addressKey';
import { firstRefusal, type Attempt } from './attempt';
import type { DelaySchedule } from './delaySchedule';
import { FixedWindow } from './FixedWindow';
import { GrowingDelay } from './GrowingDelay';
import type { LimiterStore } from './limiterStore';

/**
 * Password guessing, slowed down rather than locked out:
 * - per account and address: 10 failures free, then 1 s, 2 s, 4 s … up to 15 minutes between
 *   tries (a person mistyping never notices; a guesser gets a few hundred tries a day);
 * - per address, over all accounts: 20 failures in 10 minutes (spraying one password over many
 *   accounts), then that address waits out the window;
 * - per account, over all addresses: 30 failures an hour, then the account refuses logins from
 *   devices it does not know until the hour is over — so many addresses together still get
 *   at most 720 guesses a day;
 * - a known device (it logged in to this account before) skips the three above and has its own
 *   slow-down, so an attacker failing from elsewhere never locks the owner out of it. On a new
 *   device during an attack, the owner uses a password reset link.
 */
export const LoginLimit = {
  pair: {
    freeFailures: 10,
    firstDelayMs: 1_000,
    maxDelayMs: 15 * 60_000,
    forgetAfterMs: 24 * 3_600_000,
  } satisfies DelaySchedule,
  perAddress: { failures: 20, windowSeconds: 10 * 60 },
  perAccount: { failures: 30, windowSeconds: 60 * 60 },
} as const;

export interface LoginAttempt {
  /** The e-mail as typed (an unknown one is counted too). */
  email: string;
  /** The client address (`request.ip`). */
  ip: string;
  /** The known device this login comes from, for this account; null when none. */
  deviceId: string | null;
}

/** E-mail addresses stay out of the shared store: only their hash names a key. */
function accountKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('base64url').slice(0, 22);
}

export class LoginLimits {
  private readonly pair: GrowingDelay;
  private readonly device: GrowingDelay;
  private readonly perAddress: FixedWindow;
  private readonly perAccount: FixedWindow;

  constructor(store: LimiterStore, now: () => number) {
    this.pair = new GrowingDelay(store, 'login-pair', LoginLimit.pair, now);
    this.device = new GrowingDelay(store, 'login-device', LoginLimit.pair, now);
    this.perAddress = new FixedWindow(
      store('login-address', LoginLimit.perAddress.failures, LoginLimit.perAddress.windowSeconds),
      addressKey,
    );
    this.perAccount = new FixedWindow(
      store('login-account', LoginLimit.perAccount.failures, LoginLimit.perAccount.windowSeconds),
      accountKey,
    );
  }

  /** Whether this attempt may go on to the password check. */
  async check(attempt: LoginAttempt): Promise<Attempt> {
    if (attempt.deviceId) return this.device.check(this.deviceKey(attempt));
    return firstRefusal(
      await Promise.all([
        this.perAddress.check(attempt.ip),
        this.perAccount.check(attempt.email),
        this.pair.check(this.pairKey(attempt)),
      ]),
    );
  }

  async failed(attempt: LoginAttempt): Promise<void> {
    if (attempt.deviceId) return this.device.fail(this.deviceKey(attempt));
    await Promise.all([
      this.perAddress.count(attempt.ip),
      this.perAccount.count(attempt.email),
      this.pair.fail(this.pairKey(attempt)),
    ]);
  }

  /** The person got in: their own slow-down is forgotten (the address and account counts are not). */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    await (attempt.deviceId
      ? this.device.forgive(this.deviceKey(attempt))
      : this.pair.forgive(this.pairKey(attempt)));
  }

  private pairKey(attempt: LoginAttempt): string {
    return `${accountKey(attempt.email)}:${addressKey(attempt.ip)}`;
  }

  private deviceKey(attempt: LoginAttempt): string {
    return `${accountKey(attempt.email)}:${attempt.deviceId}`;
  }
}
