import { createContext, useContext } from 'react';
import type { Me, MeResponse } from '../../shared/api/auth';

export type AuthStatus =
  | { state: 'loading' }
  | {
      state: 'ready';
      me: Me | null;
      oidc: boolean;
      needsSetup: boolean;
      /** The person logged out in this page (the login page then says so). */
      loggedOut?: boolean;
    }
  /** `/api/auth/me` could not be asked (no network, server down). */
  | { state: 'unreachable' };

export interface Auth {
  status: AuthStatus;
  /** Who is logged in; null while loading, when logged out or when the server is unreachable. */
  me: Me | null;
  /** Asks the server again, e.g. after an answer said the session is gone (401). */
  refresh: () => Promise<void>;
  /** Takes the server's answer to a login, the setup or joining through a link as the new identity. */
  accept: (response: MeResponse) => void;
  /** Ends the session on the server and forgets this browser's copies of plans. */
  logout: () => Promise<void>;
}

export const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside <AuthProvider>');
  return auth;
}

/** `user:<id>` or `guest:<id>`: the principal the server knows this session as. */
export function principalOf(me: Me | null): string | null {
  return me ? `${me.kind}:${me.id}` : null;
}
