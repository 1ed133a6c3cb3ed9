import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '../../shared/api/auth';
import { ApiErrorCode } from '../../shared/api/errors';
import { InputLimits } from '../../shared/api/limits';
import { ApiError } from '../http/request';
import { formatWait } from '../i18n/formatWait';
import { FormMessage } from '../ui/FormMessage';
import { SubmitButton } from '../ui/SubmitButton';
import { TextField } from '../ui/TextField';
import { newPasswordProblems, type NewPasswordFields } from './passwordProblems';
import { resetPassword } from './resetApi';

interface Props {
  token: string;
  /** The account's address, for the password manager (a hidden username field). */
  email: string;
  onDone: (response: MeResponse) => void;
  /** The link stopped working while the page was open (used elsewhere, expired, replaced). */
  onRefused: (problem: 'expired' | 'invalid') => void;
}

const FIELDS = ['password', 'passwordAgain'] as const;

export function NewPasswordForm({ token, email, onDone, onRefused }: Props) {
  const { t } = useTranslation();
  const refs = {
    password: useRef<HTMLInputElement>(null),
    passwordAgain: useRef<HTMLInputElement>(null),
  };
  const [fields, setFields] = useState<NewPasswordFields>({ password: '', passwordAgain: '' });
  const [problems, setProblems] = useState<ReturnType<typeof newPasswordProblems>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const min = InputLimits.passwordMin;

  const set = (field: keyof NewPasswordFields) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [field]: event.target.value }));
  const errorFor = (field: keyof NewPasswordFields) => {
    const problem = problems[field];
    return problem ? t(`passwordReset.${problem}`, { min }) : null;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const found = newPasswordProblems(fields);
    setProblems(found);
    const first = FIELDS.find((field) => found[field]);
    if (first) {
      refs[first].current?.focus();
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      onDone(await resetPassword(token, fields.password));
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError && error.code === ApiErrorCode.ResetLinkExpired)
        onRefused('expired');
      else if (error instanceof ApiError && error.code === ApiErrorCode.ResetLinkInvalid)
        onRefused('invalid');
      else if (error instanceof ApiError && error.code === ApiErrorCode.RateLimited)
        setMessage(t('login.rateLimited', { wait: formatWait(error.retryAfterSeconds ?? 60, t) }));
      else setMessage(t('passwordReset.saveFailed'));
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-6">
      {/* Lets a password manager store the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        ref={refs.password}
        label={t('passwordReset.passwordLabel')}
        description={t('passwordReset.passwordDescription', { min })}
        type="password"
        autoComplete="new-password"
        maxLength={InputLimits.passwordMax}
        value={fields.password}
        error={errorFor('password')}
        onChange={set('password')}
      />
      <TextField
        ref={refs.passwordAgain}
        label={t('passwordReset.passwordAgainLabel')}
        type="password"
        autoComplete="new-password"
        maxLength={InputLimits.passwordMax}
        value={fields.passwordAgain}
        error={errorFor('passwordAgain')}
        onChange={set('passwordAgain')}
      />
      <FormMessage message={message} />
      <SubmitButton
        busy={busy}
        label={t('passwordReset.save')}
        busyLabel={t('passwordReset.saving')}
      />
    </form>
  );
}
