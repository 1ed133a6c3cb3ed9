import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiErrorCode } from '../../shared/api/errors';
import { InputLimits } from '../../shared/api/limits';
import { ApiError } from '../http/request';
import { formatWait } from '../i18n/formatWait';
import { isLanguage } from '../i18n/languages';
import { FormMessage } from '../ui/FormMessage';
import { MessagePage } from '../ui/MessagePage';
import { PageLoading } from '../ui/PageLoading';
import { SubmitButton } from '../ui/SubmitButton';
import { TextField } from '../ui/TextField';
import { usePageTitle } from '../ui/usePageTitle';
import { askForResetLink, fetchResetByEmail } from './resetApi';

type Mode = 'loading' | 'byEmail' | 'askAdmin' | { sentTo: string };

/** Route `/forgot-password`: a reset link by e-mail, or where to get one when there is no e-mail. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('loading');

  useEffect(() => {
    const controller = new AbortController();
    fetchResetByEmail(controller.signal).then(
      (byEmail) => setMode(byEmail ? 'byEmail' : 'askAdmin'),
      // Not knowing, the form is offered: the server still says if it cannot send.
      () => !controller.signal.aborted && setMode('byEmail'),
    );
    return () => controller.abort();
  }, []);

  if (mode === 'loading') return <PageLoading label={t('app.loading')} />;
  if (mode === 'askAdmin')
    return (
      <MessagePage title={t('passwordReset.noEmailTitle')}>
        <p className="ds-paragraph">{t('passwordReset.noEmail')}</p>
        <Link to="/login" className="ds-link">
          {t('passwordReset.toLogin')}
        </Link>
      </MessagePage>
    );
  if (mode !== 'byEmail')
    return (
      <MessagePage title={t('passwordReset.sentTitle')} takeFocus>
        <p className="ds-paragraph">{t('passwordReset.sent', { email: mode.sentTo })}</p>
        <Link to="/login" className="ds-link">
          {t('passwordReset.toLogin')}
        </Link>
      </MessagePage>
    );
  return (
    <AskForLink
      onSent={(email) => setMode({ sentTo: email })}
      onNoEmail={() => setMode('askAdmin')}
    />
  );
}

function AskForLink({
  onSent,
  onNoEmail,
}: {
  onSent: (email: string) => void;
  onNoEmail: () => void;
}) {
  const { t, i18n } = useTranslation();
  usePageTitle(t('passwordReset.forgotTitle'));
  const emailRef = useRef<HTMLInputElement>(null);
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const address = email.trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) {
      setEmailError(t('passwordReset.emailInvalid'));
      emailRef.current?.focus();
      return;
    }
    setEmailError(null);
    setBusy(true);
    setMessage(null);
    try {
      const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'nb';
      await askForResetLink(address, language);
      onSent(address);
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError && error.code === ApiErrorCode.ResetByEmailOff) onNoEmail();
      else if (error instanceof ApiError && error.code === ApiErrorCode.RateLimited)
        setMessage(
          t('passwordReset.rateLimited', { wait: formatWait(error.retryAfterSeconds ?? 60, t) }),
        );
      else setMessage(t('passwordReset.failed'));
    }
  };

  return (
    <div className="mx-auto max-w-xl px-4 py-10">
      <h1 className="ds-heading mb-3" data-size="lg">
        {t('passwordReset.forgotTitle')}
      </h1>
      <p className="ds-paragraph mb-8">{t('passwordReset.forgotIntro')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-6">
        <TextField
          ref={emailRef}
          label={t('passwordReset.emailLabel')}
          type="email"
          autoComplete="username"
          maxLength={InputLimits.emailMax}
          value={email}
          error={emailError}
          onChange={(event) => setEmail(event.target.value)}
        />
        <FormMessage message={message} />
        <SubmitButton
          busy={busy}
          label={t('passwordReset.send')}
          busyLabel={t('passwordReset.sending')}
        />
      </form>
      <p className="ds-paragraph mt-8">
        <Link to="/login" className="ds-link">
          {t('passwordReset.toLogin')}
        </Link>
      </p>
    </div>
  );
}
