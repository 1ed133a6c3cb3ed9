import { useCallback, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { metaMap, municipality } from '../../shared/plan/planDoc';

interface PlanMeta {
  /** The shared title text; null until the server's structure has arrived. */
  title: Y.Text | null;
  municipality: string;
}

const cache = new WeakMap<Y.Doc, PlanMeta>();

function readMeta(doc: Y.Doc): PlanMeta {
  const value = metaMap(doc).get('title');
  const next: PlanMeta = {
    title: value instanceof Y.Text ? value : null,
    municipality: municipality(doc),
  };
  const previous = cache.get(doc);
  if (previous && previous.title === next.title && previous.municipality === next.municipality)
    return previous;
  cache.set(doc, next);
  return next;
}

/**
 * The plan's meta fields. The title Y.Text is only read here, never created: the server creates
 * it with the plan, and two replicas creating it concurrently would lose one's typing.
 */
export function usePlanMeta(doc: Y.Doc): PlanMeta {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const meta = metaMap(doc);
      meta.observe(onChange);
      return () => meta.unobserve(onChange);
    },
    [doc],
  );
  const getSnapshot = useCallback(() => readMeta(doc), [doc]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
