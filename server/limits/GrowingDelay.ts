import type { LimiterStore } from './limiterStore';
import { delayAfter, type DelaySchedule } from './delaySchedule';
import { ALLOWED, refused, type Attempt } from './attempt';

/** More failures than anyone counts: the failure counter only counts, it never refuses. */
const UNCOUNTED = 1_000_000_000;
/** A wait's record outlives the wait a little, so a server whose clock is behind still sees it. */
const WAIT_RECORD_SLACK_SECONDS = 60;

/**
 * A slow-down per key (an account and address pair, a known device, an address guessing codes):
 * failures are counted in the store, and after each one past the free ones the key must wait
 * until a moment kept in the store too, so every server sees the same wait. The moment is
 * compared with an injectable clock: tests move time instead of sleeping through a 15-minute wait.
 */
export class GrowingDelay {
  private readonly failures;
  private readonly waits;

  constructor(
    store: LimiterStore,
    name: string,
    private readonly schedule: DelaySchedule,
    private readonly now: () => number,
  ) {
    this.failures = store(`${name}-failures`, UNCOUNTED, Math.ceil(schedule.forgetAfterMs / 1000));
    this.waits = store(`${name}-wait`, UNCOUNTED, Math.ceil(schedule.maxDelayMs / 1000));
  }

  /** Refused while the key is waiting out its last failure. */
  async check(key: string): Promise<Attempt> {
    const wait = await this.waits.get(key);
    // The record's points hold the moment (ms since the epoch) the wait ends.
    const remaining = wait ? wait.consumedPoints - this.now() : 0;
    return remaining > 0 ? refused(remaining) : ALLOWED;
  }

  /** Counts a failure; past the free ones, the next attempt must wait. */
  async fail(key: string): Promise<void> {
    const { consumedPoints } = await this.failures.penalty(key);
    const delay = delayAfter(consumedPoints, this.schedule);
    if (delay > 0)
      await this.waits.set(
        key,
        Math.ceil(this.now() + delay),
        Math.ceil(delay / 1000) + WAIT_RECORD_SLACK_SECONDS,
      );
  }

  /** Forgets the key's failures (the person got in). */
  async forgive(key: string): Promise<void> {
    await Promise.all([this.failures.delete(key), this.waits.delete(key)]);
  }
}
