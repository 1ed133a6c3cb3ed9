import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { MeResponse } from '../../shared/api/auth';
import { fetchMe, logOut } from '../http/authApi';
import { closeConnectionsForNewPerson } from '../sync/connectionReset';
import { forgetLocalPlans } from '../sync/forgetLocalPlans';
import { AuthContext, principalOf, type Auth, type AuthStatus } from './authContext';

/**
 * Who is logged in, from `/api/auth/me` (the session cookie is HttpOnly, so the page can only
 * ask). When the person changes, the sync connection is opened anew: the server identifies a
 * socket by the cookie it carried at its handshake.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<AuthStatus>({ state: 'loading' });

  const accept = useCallback((response: MeResponse) => {
    setStatus({ state: 'ready', ...response });
  }, []);

  const refresh = useCallback(async () => {
    try {
      accept(await fetchMe());
    } catch {
      setStatus((current) => (current.state === 'ready' ? current : { state: 'unreachable' }));
    }
  }, [accept]);

  useEffect(() => {
    const controller = new AbortController();
    fetchMe(controller.signal).then(accept, () => {
      if (!controller.signal.aborted) setStatus({ state: 'unreachable' });
    });
    return () => controller.abort();
  }, [accept]);

  const logout = useCallback(async () => {
    await logOut();
    // The session guard now sends the person to the login page, which says they logged out.
    setStatus((current) =>
      current.state === 'ready' ? { ...current, me: null, loggedOut: true } : current,
    );
    // On a shared computer nothing of the plans should stay behind in this browser.
    forgetLocalPlans();
  }, []);

  const me = status.state === 'ready' ? status.me : null;
  const principal = principalOf(me);
  const previous = useRef(principal);
  // Runs after the pages of the previous person have closed their documents (unmount cleanups
  // run before new effects), so no provider is left on the old connection.
  useEffect(() => {
    if (previous.current === principal) return;
    previous.current = principal;
    closeConnectionsForNewPerson();
  }, [principal]);

  const value = useMemo<Auth>(
    () => ({ status, me, refresh, accept, logout }),
    [status, me, refresh, accept, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
