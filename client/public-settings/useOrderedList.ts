import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Resource } from '../http/useResource';
import { useAnnounce } from '../ui/announcerContext';
import { useFocusRequest } from '../ui/useFocusRequest';
import { actionError } from './actionError';
import { moveFocusSelectors } from './moveFocus';
import { useReorder } from './useReorder';
import { useServerList } from './useServerList';

/** What a row of an ordered list is told and may do. */
export interface OrderedRowProps<T> {
  position: number;
  count: number;
  onMove: (direction: 'up' | 'down') => void;
  onChanged: (changed: T) => void;
  onRemoved: () => void;
}

export interface OrderedList<T extends { id: string }> {
  resource: Resource<T[]>;
  items: T[] | null;
  reload: () => void;
  /** An error of the last move, shown above the list. */
  message: string | null;
  listHeading: React.RefObject<HTMLHeadingElement | null>;
  containerRef: React.RefObject<HTMLOListElement | null>;
  added: (item: T) => void;
  rowProps: (item: T, index: number) => OrderedRowProps<T>;
}

/**
 * A list the owner keeps in order (knowledge base, goals): loaded once, kept in step from each
 * action's answer, moved by keyboard-operable buttons with the new position announced and
 * focus kept on the moved item, and focus on the list's heading after a removal.
 */
export function useOrderedList<T extends { id: string }>(options: {
  key: string;
  load: (signal: AbortSignal) => Promise<T[]>;
  reorder: (ids: readonly string[]) => Promise<T[]>;
  nameOf: (item: T) => string;
}): OrderedList<T> {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { resource, items, setItems, reload } = useServerList(options.key, options.load);
  const [message, setMessage] = useState<string | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const { containerRef, requestFocus } = useFocusRequest<HTMLOListElement>();
  const { reorder, nameOf } = options;

  const move = useReorder({
    items,
    setItems,
    send: reorder,
    onMoved: useCallback(
      (item: T, position: number, count: number) => {
        setMessage(null);
        announce(t('publicSettings.moved', { title: nameOf(item), position, count }));
      },
      [announce, nameOf, t],
    ),
    onFailed: useCallback(
      (error: unknown) => {
        setMessage(t(`publicSettings.errors.${actionError(error)}`));
        reload();
      },
      [reload, t],
    ),
    focus: useCallback(
      (id: string, direction: 'up' | 'down') => requestFocus(moveFocusSelectors(id, direction)),
      [requestFocus],
    ),
  });

  return {
    resource,
    items,
    reload,
    message,
    listHeading,
    containerRef,
    added: (item) => setItems((current) => [...current, item]),
    rowProps: (item, index) => ({
      position: index + 1,
      count: items?.length ?? 0,
      onMove: (direction) => move(item.id, direction),
      onChanged: (changed) =>
        setItems((current) => current.map((i) => (i.id === changed.id ? changed : i))),
      onRemoved: () => {
        setItems((current) => current.filter((i) => i.id !== item.id));
        listHeading.current?.focus();
      },
    }),
  };
}
