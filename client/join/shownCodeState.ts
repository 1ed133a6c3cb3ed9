import type { JoinCodeResponse } from '../../shared/api/joinCodes';

/** How often a page showing the workshop's code asks whether someone has made a newer one. */
export const SHOWN_CODE_REFRESH_MS = 20_000;

/** The code to show now: none once it has expired, even before the server is asked again. */
export function stillShown(code: JoinCodeResponse | null, now: number): JoinCodeResponse | null {
  return code && code.expiresAt > now ? code : null;
}

/**
 * When to ask the server next: at the regular interval, or sooner when the code expires then
 * (so the page drops it at once). Never less than a second, so a clock skew cannot spin.
 */
export function nextCheckInMs(
  code: JoinCodeResponse | null,
  now: number,
  every = SHOWN_CODE_REFRESH_MS,
): number {
  const untilExpiry = code ? code.expiresAt - now : Infinity;
  return Math.max(1_000, Math.min(every, untilExpiry));
}
