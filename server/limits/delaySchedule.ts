/**
 * A slow-down instead of a lock-out: the first `freeFailures` failures cost nothing (typos), then
 * each further one makes the next attempt wait, twice as long as the last, up to `maxDelayMs`.
 * Failures are forgotten `forgetAfterMs` after the first one (or when the person gets in).
 */
export interface DelaySchedule {
  freeFailures: number;
  firstDelayMs: number;
  maxDelayMs: number;
  forgetAfterMs: number;
}

/** How long to wait after the `failures`-th failure: 0 while free, then 1 s, 2 s, 4 s … capped. */
export function delayAfter(failures: number, schedule: DelaySchedule): number {
  const beyond = failures - schedule.freeFailures;
  if (beyond <= 0) return 0;
  // 2^beyond overflows to Infinity long after the cap: min() keeps it finite.
  return Math.min(schedule.maxDelayMs, schedule.firstDelayMs * 2 ** Math.min(beyond - 1, 40));
}
