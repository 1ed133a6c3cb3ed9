import { createContext, useContext } from 'react';
import type { Identity } from './identity';

export interface IdentityState {
  identity: Identity | null;
  setIdentity: (identity: Identity) => void;
  /** Opens the dialog where the name and colour can be changed. */
  openEditor: () => void;
}

export const IdentityContext = createContext<IdentityState | null>(null);

export function useIdentity(): IdentityState {
  const state = useContext(IdentityContext);
  if (!state) throw new Error('useIdentity must be used inside <IdentityProvider>');
  return state;
}
