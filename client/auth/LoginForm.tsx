import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeResponse } from '../../shared/api/auth';
import { logIn } from '../http/authApi';
import { TextField } from '../ui/TextField';
import { FormMessage } from '../ui/FormMessage';
import { loginErrorText } from './loginError';
import { SubmitButton } from '../ui/SubmitButton';

type FieldErrors = { email?: string; password?: string };

/** E-mail and password; on success the server's answer goes to `onLoggedIn`. */
export function LoginForm({ onLoggedIn }: { onLoggedIn: (response: MeResponse) => void }) {
  const { t } = useTranslation();
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const errors: FieldErrors = {};
    if (!email.trim()) errors.email = t('login.emailRequired');
    if (!password) errors.password = t('login.passwordRequired');
    setFieldErrors(errors);
    if (errors.email || errors.password) {
      (errors.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      onLoggedIn(await logIn({ email: email.trim(), password }));
    } catch (error) {
      setMessage(loginErrorText(error, t));
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-6">
      <TextField
        ref={emailRef}
        label={t('login.emailLabel')}
        type="email"
        autoComplete="username"
        value={email}
        error={fieldErrors.email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <TextField
        ref={passwordRef}
        label={t('login.passwordLabel')}
        type="password"
        autoComplete="current-password"
        value={password}
        error={fieldErrors.password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <FormMessage message={message} />
      <SubmitButton busy={busy} label={t('login.submit')} busyLabel={t('login.submitting')} />
      <Link to="/forgot-password" className="ds-link self-start">
        {t('passwordReset.forgotLink')}
      </Link>
    </form>
  );
}
