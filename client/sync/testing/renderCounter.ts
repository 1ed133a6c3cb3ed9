import type { ExternalStore } from '../pageSyncStore';

/**
 * Counts the re-renders a component reading `store` with React's `useSyncExternalStore` would
 * make: React re-renders when a notification brings a snapshot that is not `Object.is` the last.
 */
export function countRenders<T>(store: ExternalStore<T>): { readonly count: number; stop(): void } {
  let last = store.getSnapshot();
  let count = 0;
  const stop = store.subscribe(() => {
    const next = store.getSnapshot();
    if (Object.is(next, last)) return;
    last = next;
    count++;
  });
  return {
    get count() {
      return count;
    },
    stop,
  };
}
