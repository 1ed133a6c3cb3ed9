import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useAuth } from '../auth/authContext';
import { loadColor, saveColor } from './identity';
import { IdentityContext, type IdentityState } from './identityContext';
import { ColorDialog } from './ColorDialog';

/** The name others see comes from the session; the colour is this browser's choice. */
export function IdentityProvider({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  const [color, setColorState] = useState<string>(loadColor);
  const [editing, setEditing] = useState(false);

  const setColor = useCallback((next: string) => {
    saveColor(next);
    setColorState(next);
  }, []);
  const openEditor = useCallback(() => setEditing(true), []);

  const name = me?.name ?? null;
  const value = useMemo<IdentityState>(
    () => ({ identity: name === null ? null : { name, color }, openEditor }),
    [name, color, openEditor],
  );

  return (
    <IdentityContext.Provider value={value}>
      {children}
      {editing && (
        <ColorDialog initial={color} onSave={setColor} onClose={() => setEditing(false)} />
      )}
    </IdentityContext.Provider>
  );
}
