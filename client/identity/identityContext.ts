import { createContext, useContext } from 'react';
import type { Identity } from './identity';

export interface IdentityState {
  /** Null while nobody is logged in. */
  identity: Identity | null;
  /** Opens the dialog where the colour can be changed. */
  openEditor: () => void;
}

export const IdentityContext = createContext<IdentityState | null>(null);

export function useIdentity(): IdentityState {
  const state = useContext(IdentityContext);
  if (!state) throw new Error('useIdentity must be used inside <IdentityProvider>');
  return state;
}
