import { createContext, useContext } from 'react';
import type { Identity } from './identity';
import type { PresenceColorChoice } from './usePresenceColor';

export interface IdentityState {
  /** Null while nobody is logged in. */
  identity: Identity | null;
  /**
   * The colour choice as the server keeps it; the header's dialog and the plan's presence list
   * both change it through here, so each shows the other's change at once.
   */
  presenceColor: PresenceColorChoice;
  /** Opens the dialog where the colour can be changed. */
  openEditor: () => void;
}

export const IdentityContext = createContext<IdentityState | null>(null);

export function useIdentity(): IdentityState {
  const state = useContext(IdentityContext);
  if (!state) throw new Error('useIdentity must be used inside <IdentityProvider>');
  return state;
}
