import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

/**
 * A number that changes (at most every `delayMs`) after the plan document changed: what is
 * derived from the plan's text (section names, whether a comment's text still exists) is
 * recomputed with it, not on every keystroke. With `counts`, only transactions it accepts
 * change it (e.g. not typing in a rich-text field, when only section names are needed).
 */
export function usePlanVersion(
  doc: Y.Doc,
  delayMs = 300,
  counts?: (transaction: Y.Transaction) => boolean,
): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const bump = (
      _update: Uint8Array,
      _origin: unknown,
      _doc: Y.Doc,
      transaction: Y.Transaction,
    ) => {
      if (timer !== null || (counts && !counts(transaction))) return;
      timer = setTimeout(() => {
        timer = null;
        setVersion((value) => value + 1);
      }, delayMs);
    };
    doc.on('update', bump);
    return () => {
      doc.off('update', bump);
      if (timer !== null) clearTimeout(timer);
    };
  }, [doc, delayMs, counts]);
  return version;
}
