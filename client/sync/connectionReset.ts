/*
 * Closing the sync connection when the person changes, without importing it: the login and plan
 * list pages must not download Socket.IO (or the protocol's schemas) just to be able to close it.
 */
const closers = new Set<() => void>();

/** Called by whoever opens a connection: how to close it when the person changes. */
export function onPersonChange(close: () => void): void {
  closers.add(close);
}

/** Closes every open connection; the next document opens a new one with the new session cookie. */
export function closeConnectionsForNewPerson(): void {
  const pending = [...closers];
  closers.clear();
  pending.forEach((close) => close());
}
