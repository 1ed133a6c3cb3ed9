import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { ItemMap } from '../../shared/plan/planDoc';

interface Item {
  id: string;
  position: string;
}

const identities = new WeakMap<object, number>();
let nextIdentity = 0;

/** A number per object, so a restored item (same id, new Y types after an undo) is "new". */
function identityOf(object: object): number {
  let identity = identities.get(object);
  if (identity === undefined) {
    identity = ++nextIdentity;
    identities.set(object, identity);
  }
  return identity;
}

/**
 * The ordered items of a collection, recomputed on any change inside it but handed out as the
 * same array until the order or the set of items changes, so typing in one item does not
 * re-render the list. `anchor` is the item's Y type that identifies it (its title or body).
 */
export function useOrderedItems<T extends Item>(
  collection: Y.Map<ItemMap> | null,
  list: () => T[],
  anchor: (item: T) => object,
): T[] {
  const cache = useRef<{ key: string; items: T[] } | null>(null);

  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!collection) return () => {};
      collection.observeDeep(onChange);
      return () => collection.unobserveDeep(onChange);
    },
    [collection],
  );

  const getSnapshot = useCallback(() => {
    const items = collection ? list() : [];
    const key = items
      .map((item) => `${item.id}:${item.position}:${identityOf(anchor(item))}`)
      .join('|');
    if (cache.current?.key === key) return cache.current.items;
    cache.current = { key, items };
    return items;
  }, [collection, list, anchor]);

  return useSyncExternalStore(subscribe, getSnapshot);
}
