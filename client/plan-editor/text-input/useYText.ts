import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/** The current string of a Y.Text, re-rendering when anyone changes it. */
export function useYText(ytext: Y.Text | null): string {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!ytext) return () => {};
      ytext.observe(onChange);
      return () => ytext.unobserve(onChange);
    },
    [ytext],
  );
  const getSnapshot = useCallback(() => ytext?.toJSON() ?? '', [ytext]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
