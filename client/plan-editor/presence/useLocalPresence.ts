import { useCallback, useEffect } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { Identity } from '../../identity/identity';

/**
 * Publishes who this person is and which focus area they are in. Returns the setter for the
 * focus area, which only touches awareness when the value actually changes.
 */
export function useLocalPresence(
  awareness: Awareness,
  identity: Identity,
): (focusAreaId: string | null) => void {
  const { name, color } = identity;
  useEffect(() => {
    awareness.setLocalStateField('user', { name, color });
  }, [awareness, name, color]);

  useEffect(() => {
    if (awareness.getLocalState()?.focusAreaId === undefined) {
      awareness.setLocalStateField('focusAreaId', null);
    }
  }, [awareness]);

  return useCallback(
    (focusAreaId: string | null) => {
      const current: unknown = awareness.getLocalState()?.focusAreaId;
      if (current !== focusAreaId) awareness.setLocalStateField('focusAreaId', focusAreaId);
    },
    [awareness],
  );
}
