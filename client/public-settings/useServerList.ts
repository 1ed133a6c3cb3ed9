import { useCallback, useState } from 'react';
import { useResource, type Resource } from '../http/useResource';

/**
 * A list loaded from the server that the page then keeps in step from each action's answer
 * (add, edit, move, remove), without fetching it again after every click. A reload replaces
 * it with the server's list.
 */
export function useServerList<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T[]>,
): {
  resource: Resource<T[]>;
  items: T[] | null;
  setItems: (update: (current: T[]) => T[]) => void;
  reload: () => void;
} {
  const { resource, reload } = useResource(key, load);
  const base = resource.state === 'ready' ? resource.data : null;
  const [local, setLocal] = useState<{ base: T[]; items: T[] } | null>(null);
  const items = base === null ? null : local?.base === base ? local.items : base;
  const setItems = useCallback(
    (update: (current: T[]) => T[]) => {
      if (base === null) return;
      setLocal((current) => ({
        base,
        items: update(current?.base === base ? current.items : base),
      }));
    },
    [base],
  );
  return { resource, items, setItems, reload };
}
