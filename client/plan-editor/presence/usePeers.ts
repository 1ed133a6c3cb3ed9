import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { peersKey, readPeers, type Peer } from './peers';

/** Everyone present in the document, self first; cursor moves alone do not re-render. */
export function usePeers(awareness: Awareness): Peer[] {
  const cache = useRef<{ awareness: Awareness; key: string; peers: Peer[] } | null>(null);

  const subscribe = useCallback(
    (onChange: () => void) => {
      awareness.on('change', onChange);
      return () => awareness.off('change', onChange);
    },
    [awareness],
  );

  const getSnapshot = useCallback(() => {
    const peers = readPeers(awareness);
    const key = peersKey(peers);
    const cached = cache.current;
    if (cached && cached.awareness === awareness && cached.key === key) return cached.peers;
    cache.current = { awareness, key, peers };
    return peers;
  }, [awareness]);

  return useSyncExternalStore(subscribe, getSnapshot);
}
