/** A limit's answer: go ahead, or wait this long (the Retry-After of the 429). */
export type Attempt = { ok: true } | { ok: false; retryAfterSeconds: number };

export const ALLOWED: Attempt = { ok: true };

export function refused(waitMs: number): Attempt {
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}

/** The first refusal among several limits' answers, or allowed. */
export function firstRefusal(attempts: readonly Attempt[]): Attempt {
  return attempts.find((attempt) => !attempt.ok) ?? ALLOWED;
}
