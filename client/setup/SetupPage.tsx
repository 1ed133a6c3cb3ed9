import { useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/authContext';
import { MessagePage } from '../ui/MessagePage';
import { PageLoading } from '../ui/PageLoading';
import { usePageTitle } from '../ui/usePageTitle';
import { SetupForm } from './SetupForm';
import { readSetupToken } from './setupToken';

/** Route `/setup#<token>`: the first administrator, from the link the server printed at its first start. */
export function SetupPage() {
  const { t } = useTranslation();
  const { status, accept } = useAuth();
  const { hash } = useLocation();
  // Read on every render: a corrected link pasted into the same tab changes only the fragment.
  const token = readSetupToken(hash);
  const [refusedToken, setRefusedToken] = useState<string | null>(null);
  const refused = token !== null && refusedToken === token;

  if (status.state === 'loading') return <PageLoading label={t('app.loading')} />;
  if (status.state === 'ready' && status.me) return <Navigate to="/" replace />;
  if (refused)
    return <Explanation title={t('setup.refusedTitle')} text={t('setup.refusedText')} takeFocus />;
  if (status.state === 'ready' && !status.needsSetup)
    return <Explanation title={t('setup.alreadyTitle')} text={t('setup.alreadyText')} />;
  if (!token)
    return <Explanation title={t('setup.missingTokenTitle')} text={t('setup.missingTokenText')} />;
  return (
    <SetupStart
      key={token}
      token={token}
      onDone={accept}
      onRefused={() => setRefusedToken(token)}
    />
  );
}

function SetupStart(props: Parameters<typeof SetupForm>[0]) {
  const { t } = useTranslation();
  usePageTitle(t('setup.title'));
  return (
    <div className="mx-auto max-w-xl px-4 py-10">
      <h1 className="ds-heading mb-3" data-size="lg">
        {t('setup.title')}
      </h1>
      <p className="ds-paragraph mb-8">{t('setup.intro')}</p>
      <SetupForm {...props} />
    </div>
  );
}

function Explanation({
  title,
  text,
  takeFocus,
}: {
  title: string;
  text: string;
  takeFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <MessagePage title={title} takeFocus={takeFocus}>
      <p className="ds-paragraph">{text}</p>
      <Link to="/login" className="ds-link">
        {t('setup.toLogin')}
      </Link>
    </MessagePage>
  );
}
