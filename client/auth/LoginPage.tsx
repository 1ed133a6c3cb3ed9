import { Link, Navigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiErrorCode } from '../../shared/api/errors';
import { oidcStartUrl } from '../http/authApi';
import { PageLoading } from '../ui/PageLoading';
import { usePageTitle } from '../ui/usePageTitle';
import { useAuth } from './authContext';
import { LoginForm } from './LoginForm';
import { safeReturnTo } from './returnTo';
import { joinPath } from '../app/paths';

/** Route `/login`: staff log in here; people invited by link do not need it. */
export function LoginPage() {
  const { t } = useTranslation();
  const { status, accept } = useAuth();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  usePageTitle(t('login.title'));

  if (status.state === 'loading') return <PageLoading label={t('app.loading')} />;
  if (status.state === 'ready' && status.me) return <Navigate to={returnTo} replace />;

  const oidcFailed = params.get('error') === ApiErrorCode.OidcFailed;
  const ready = status.state === 'ready' ? status : null;
  const loggedOut = ready?.loggedOut === true;

  return (
    <div className="mx-auto max-w-xl px-4 py-10">
      <h1 className="ds-heading mb-3" data-size="lg">
        {t('login.title')}
      </h1>
      {loggedOut && (
        <div className="ds-alert mb-6" data-color="success">
          <p>{t('auth.loggedOut')}</p>
        </div>
      )}
      {oidcFailed && (
        <div className="ds-alert mb-6" data-color="danger">
          <p>{t('login.oidcFailed')}</p>
        </div>
      )}
      {ready?.needsSetup && (
        <div className="ds-alert mb-6" data-color="warning">
          <p>{t('login.needsSetup')}</p>
        </div>
      )}
      <p className="ds-paragraph mb-8">{t('login.intro')}</p>
      {ready?.oidc && (
        <>
          <a className="ds-button mb-6" data-variant="primary" href={oidcStartUrl(returnTo)}>
            {t('login.oidc')}
          </a>
          <p className="ds-paragraph mb-6 text-neutral-text-subtle">{t('login.orPassword')}</p>
        </>
      )}
      {/* Once accepted, this page renders the redirect to where the person was going. */}
      <LoginForm onLoggedIn={accept} />
      <p className="ds-paragraph mt-10 text-neutral-text-subtle">{t('login.guestHint')}</p>
      {/* Workshop participants often land here first; the code is all they need. */}
      <p className="ds-paragraph mt-2">
        <Link to={joinPath()} className="ds-link">
          {t('login.joinWithCode')}
        </Link>
      </p>
    </div>
  );
}
