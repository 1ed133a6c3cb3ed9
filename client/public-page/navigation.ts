import { useSyncExternalStore } from 'react';

/**
 * Client-side navigation with the History API: the page re-renders when the path or query
 * changes (a fragment change, such as the skip link, does not count).
 */
function subscribe(onChange: () => void): () => void {
  addEventListener('popstate', onChange);
  return () => removeEventListener('popstate', onChange);
}

const current = () => location.pathname + location.search;

export function useCurrentPath(): string {
  return useSyncExternalStore(subscribe, current);
}

/** Goes to `to` within the page; `state` travels with the history entry (lost on reload). */
export function navigate(to: string, state: unknown = null): void {
  history.pushState(state, '', to);
  dispatchEvent(new PopStateEvent('popstate', { state }));
}
