import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { principalOf, useAuth } from '../auth/authContext';
import { IdentityContext, type IdentityState } from './identityContext';
import { ColorDialog } from './ColorDialog';
import { shownPresenceColor } from './knownPresenceColor';
import { usePresenceColor } from './usePresenceColor';

/** Name and colour as others see them, both from the server (the session and the stored choice). */
export function IdentityProvider({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  const principal = principalOf(me);
  const presenceColor = usePresenceColor(principal);
  const [editing, setEditing] = useState(false);
  const openEditor = useCallback(() => setEditing(true), []);

  const name = me?.name ?? null;
  const color = principal === null ? null : shownPresenceColor(presenceColor.color, principal);
  const value = useMemo<IdentityState>(
    () => ({
      identity: name === null || color === null ? null : { name, color },
      presenceColor,
      openEditor,
    }),
    [name, color, presenceColor, openEditor],
  );

  return (
    <IdentityContext.Provider value={value}>
      {children}
      {editing && color !== null && (
        <ColorDialog
          initial={color}
          onSave={presenceColor.choose}
          onClose={() => setEditing(false)}
        />
      )}
    </IdentityContext.Provider>
  );
}
