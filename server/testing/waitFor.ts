/**
 * Test-only timing helpers: wait for conditions, never for fixed durations.
 */

/** Polls `condition` until it is truthy; rejects naming `what` after `timeoutMs`. */
export async function waitFor<T>(
  condition: () => T,
  what: string,
  timeoutMs = 5_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** Lets one full turn of the event loop pass (setImmediate callbacks and all microtasks). */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Observes a promise without consuming it: `settled()` says whether it has resolved or rejected. */
export function track<T>(promise: Promise<T>): { readonly settled: () => boolean } {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  return { settled: () => settled };
}
