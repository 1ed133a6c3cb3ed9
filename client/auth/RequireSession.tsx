import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../ui/PageLoading';
import { useAuth } from './authContext';
import { loginPath } from './returnTo';
import { ServerUnreachable } from './ServerUnreachable';

/** Pages behind a login: without a session the person goes to /login and comes back after. */
export function RequireSession() {
  const { t } = useTranslation();
  const { status } = useAuth();
  const location = useLocation();
  if (status.state === 'loading') return <PageLoading label={t('app.loading')} />;
  if (status.state === 'unreachable') return <ServerUnreachable />;
  if (!status.me) {
    const here = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={loginPath(here)} replace />;
  }
  return <Outlet />;
}
