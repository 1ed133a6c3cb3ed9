import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { loadIdentity, saveIdentity, type Identity } from './identity';
import { IdentityContext, type IdentityState } from './identityContext';
import { IdentityDialog } from './IdentityDialog';

export function IdentityProvider({ children }: { children: ReactNode }) {
  const [identity, setIdentityState] = useState<Identity | null>(loadIdentity);
  const [editing, setEditing] = useState(false);

  const setIdentity = useCallback((next: Identity) => {
    saveIdentity(next);
    setIdentityState(next);
  }, []);
  const openEditor = useCallback(() => setEditing(true), []);

  const value = useMemo<IdentityState>(
    () => ({ identity, setIdentity, openEditor }),
    [identity, setIdentity, openEditor],
  );

  return (
    <IdentityContext.Provider value={value}>
      {children}
      {editing && (
        <IdentityDialog initial={identity} onSave={setIdentity} onClose={() => setEditing(false)} />
      )}
    </IdentityContext.Provider>
  );
}
