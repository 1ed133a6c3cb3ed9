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
 * Could a change in `type` change the order or the set of items? Only a change of the collection
 * itself (items added, removed, replaced) or of an item's own fields (its position, its title or
 * body replaced after an undo); typing changes a text deeper down, which is not re-read per
 * keystroke.
 */
export function touchesOrder(type: Y.AbstractType<unknown>, collection: Y.Map<ItemMap>): boolean {
  return type === collection || type._item?.parent === collection;
}

/**
 * The ordered items of a collection, recomputed when it or an item's own fields change (see
 * `touchesOrder`) and handed out as the same array until the order or the set of items changes,
 * so typing in one item neither re-reads nor re-renders the list. `anchor` is the item's Y type that identifies it (its title or body).
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
      const onEvents = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
        if (events.some((event) => touchesOrder(event.target, collection))) onChange();
      };
      collection.observeDeep(onEvents);
      return () => collection.unobserveDeep(onEvents);
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
