import { useCallback, useRef } from 'react';
import { moveInList } from './moveInList';

/**
 * Moving an item a step up or down in a list the server keeps in order. The new order shows at
 * once and focus stays on the moved item's button (the caller's `focus`); the orders are sent
 * one after another, so quick presses arrive in the order they were made. When the server
 * refuses, `onFailed` reloads its order.
 */
export function useReorder<T extends { id: string }>({
  items,
  setItems,
  send,
  onMoved,
  onFailed,
  focus,
}: {
  items: readonly T[] | null;
  setItems: (update: (current: T[]) => T[]) => void;
  send: (ids: readonly string[]) => Promise<T[]>;
  onMoved: (item: T, position: number, count: number) => void;
  onFailed: (error: unknown) => void;
  focus: (id: string, direction: 'up' | 'down') => void;
}) {
  const queue = useRef<Promise<void>>(Promise.resolve());
  return useCallback(
    (id: string, direction: 'up' | 'down') => {
      if (!items) return;
      const order = moveInList(
        items.map((item) => item.id),
        id,
        direction,
      );
      if (!order) return;
      const byId = new Map(items.map((item) => [item.id, item] as const));
      const next = order.map((itemId) => byId.get(itemId)).filter((item): item is T => !!item);
      focus(id, direction);
      setItems(() => next);
      const moved = byId.get(id);
      if (moved) onMoved(moved, order.indexOf(id) + 1, order.length);
      queue.current = queue.current.then(() =>
        send(order).then(
          () => undefined,
          (error: unknown) => onFailed(error),
        ),
      );
    },
    [items, setItems, send, onMoved, onFailed, focus],
  );
}
