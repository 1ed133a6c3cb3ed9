/**
 * What a suite does when a service it needs (PostgreSQL, Redis) cannot be reached: on a
 * developer's machine it is skipped with a warning saying why; in CI (`CI` set, as CI services
 * do) the run fails instead, so a missing service can never turn suites into a green skip.
 * Returns the reason to skip, or null when the service is there.
 */
export function skipUnlessRequired(what: string, reason: string | null): string | null {
  if (reason === null) return null;
  if (runningInCI()) {
    throw new Error(
      `${what}: ${reason}. CI=${process.env.CI} requires it; these tests are not skipped in CI.`,
    );
  }
  console.warn(`⚠ ${what}: SKIPPED — ${reason}`);
  return reason;
}

function runningInCI(): boolean {
  const value = process.env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}
