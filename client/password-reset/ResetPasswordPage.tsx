import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '../../shared/api/auth';
import { ApiErrorCode } from '../../shared/api/errors';
import { useAuth } from '../auth/authContext';
import { ApiError } from '../http/request';
import { readSetupToken } from '../setup/setupToken';
import { useAnnounce } from '../ui/announcerContext';
import { MessagePage } from '../ui/MessagePage';
import { PageLoading } from '../ui/PageLoading';
import { usePageTitle } from '../ui/usePageTitle';
import { NewPasswordForm } from './NewPasswordForm';
import { fetchResetLinkStatus } from './resetApi';

type LinkState =
  | { state: 'checking' }
  | { state: 'usable'; email: string }
  | { state: 'expired' | 'invalid'; afterSubmit: boolean }
  | { state: 'failed' };

/** Route `/reset#<token>`: a new password from a link an administrator made or that was e-mailed. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  // The token sits in the fragment (like setup links): it never reaches a server's access log.
  const token = readSetupToken(hash);
  if (!token)
    return (
      <Explanation title={t('passwordReset.missingTitle')} text={t('passwordReset.missing')} />
    );
  return <ResetWithToken key={token} token={token} />;
}

function ResetWithToken({ token }: { token: string }) {
  const { t } = useTranslation();
  const { accept } = useAuth();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const [link, setLink] = useState<LinkState>({ state: 'checking' });

  useEffect(() => {
    const controller = new AbortController();
    fetchResetLinkStatus(token, controller.signal).then(
      ({ email }) => setLink({ state: 'usable', email }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.code === ApiErrorCode.ResetLinkExpired)
          setLink({ state: 'expired', afterSubmit: false });
        else if (error instanceof ApiError && error.code === ApiErrorCode.ResetLinkInvalid)
          setLink({ state: 'invalid', afterSubmit: false });
        else setLink({ state: 'failed' });
      },
    );
    return () => controller.abort();
  }, [token]);

  const done = (response: MeResponse) => {
    accept(response);
    announce(t('passwordReset.saved'));
    void navigate('/', { replace: true });
  };

  switch (link.state) {
    case 'checking':
      return <PageLoading label={t('passwordReset.checking')} />;
    case 'failed':
      return (
        <Explanation title={t('passwordReset.resetTitle')} text={t('passwordReset.checkFailed')} />
      );
    case 'expired':
    case 'invalid':
      return (
        <Explanation
          title={t(`passwordReset.${link.state}Title`)}
          text={t(`passwordReset.${link.state}`)}
          takeFocus={link.afterSubmit}
          askNew
        />
      );
    case 'usable':
      return (
        <ResetForm
          token={token}
          email={link.email}
          onDone={done}
          onRefused={(problem) => setLink({ state: problem, afterSubmit: true })}
        />
      );
    default: {
      const never: never = link;
      return never;
    }
  }
}

function ResetForm(props: Parameters<typeof NewPasswordForm>[0]) {
  const { t } = useTranslation();
  usePageTitle(t('passwordReset.resetTitle'));
  return (
    <div className="mx-auto max-w-xl px-4 py-10">
      <h1 className="ds-heading mb-3" data-size="lg">
        {t('passwordReset.resetTitle')}
      </h1>
      <p className="ds-paragraph mb-8">{t('passwordReset.resetIntro', { email: props.email })}</p>
      <NewPasswordForm {...props} />
    </div>
  );
}

function Explanation({
  title,
  text,
  takeFocus,
  askNew,
}: {
  title: string;
  text: string;
  takeFocus?: boolean;
  askNew?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <MessagePage title={title} takeFocus={takeFocus}>
      <p className="ds-paragraph">{text}</p>
      {askNew && (
        <Link to="/forgot-password" className="ds-link">
          {t('passwordReset.askNew')}
        </Link>
      )}
      <Link to="/login" className="ds-link">
        {t('passwordReset.toLogin')}
      </Link>
    </MessagePage>
  );
}
