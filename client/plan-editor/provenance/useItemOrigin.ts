import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { listComments, type PlanComment } from '../../../shared/plan/comments';
import { provenanceOf, type Provenance } from '../../../shared/plan/provenance';

export interface ItemOrigin {
  provenance: Provenance | null;
  comments: PlanComment[];
}

const EMPTY: ItemOrigin = { provenance: null, comments: [] };

/**
 * An item's provenance and comments, re-read when the document changes. Both are written once
 * and rarely, so the snapshot is kept while its JSON is unchanged: typing elsewhere in the plan
 * re-renders nothing.
 */
export function useItemOrigin(doc: Y.Doc, itemId: string): ItemOrigin {
  const cache = useRef<{ json: string; value: ItemOrigin }>({ json: '', value: EMPTY });
  const subscribe = useCallback(
    (onChange: () => void) => {
      doc.on('update', onChange);
      return () => doc.off('update', onChange);
    },
    [doc],
  );
  const read = useCallback((): ItemOrigin => {
    const provenance = provenanceOf(doc, itemId);
    const comments = listComments(doc, itemId);
    if (!provenance && comments.length === 0) return EMPTY;
    const json = JSON.stringify([provenance, comments]);
    if (json !== cache.current.json) cache.current = { json, value: { provenance, comments } };
    return cache.current.value;
  }, [doc, itemId]);
  return useSyncExternalStore(subscribe, read, read);
}
