import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Access } from '../../shared/protocol';
import type { DocProvider } from './DocProvider';
import { onProviderState } from './onProviderState';
import type { SyncStatus } from './status';

export interface ProviderState {
  status: SyncStatus;
  /** What the server allows, known once joined; null before. */
  access: Access | null;
  /** The document holds the server's state and the server holds ours (until a disconnect). */
  synced: boolean;
}

const INITIAL: ProviderState = { status: { state: 'connecting' }, access: null, synced: false };

/** Follows a provider's status, access and sync flag, live; re-renders only when one changes. */
export function useProviderState(provider: DocProvider | null): ProviderState {
  const cache = useRef<ProviderState>(INITIAL);

  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!provider) return () => {};
      return onProviderState(provider, onChange);
    },
    [provider],
  );

  const getSnapshot = useCallback((): ProviderState => {
    if (!provider) return INITIAL;
    const previous = cache.current;
    const { status, access, synced } = provider;
    if (previous.status === status && previous.access === access && previous.synced === synced) {
      return previous;
    }
    cache.current = { status, access, synced };
    return cache.current;
  }, [provider]);

  return useSyncExternalStore(subscribe, getSnapshot);
}
