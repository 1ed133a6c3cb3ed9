import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

/**
 * A number that changes (at most every `delayMs`) after the plan document changed: what is
 * derived from the plan's text (section names, whether a comment's text still exists) is
 * recomputed with it, not on every keystroke.
 */
export function usePlanVersion(doc: Y.Doc, delayMs = 300): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const bump = () => {
      if (timer !== null) return;
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
  }, [doc, delayMs]);
  return version;
}
