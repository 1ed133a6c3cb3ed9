/**
 * Milliseconds on the system's monotonic clock (CLOCK_MONOTONIC via hrtime): the same clock in
 * every process of the machine, so an edit sent from one client process and seen in another is
 * timed with one clock.
 */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
