/**
 * Cross-site request forgery guard: a state-changing request must come from our own origin.
 * Browsers always send Origin on such requests; a request without one is refused too, since a
 * session cookie is only sent by browsers, and scripts can set the header themselves.
 */
export function isSameOrigin(origin: string | undefined, host: string | undefined, extraOrigins: readonly string[] = []): boolean {
  if (!origin || !host) return false;
  if (extraOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
