import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '../../shared/api/auth';
import { ApiErrorCode } from '../../shared/api/errors';
import { completeSetup } from '../http/authApi';
import { ApiError } from '../http/request';
import { formatWait } from '../i18n/formatWait';
import { FormMessage } from '../ui/FormMessage';
import { TextField } from '../ui/TextField';
import {
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  setupProblems,
  type SetupFields,
} from './validateSetup';
import { SubmitButton } from '../ui/SubmitButton';

interface Props {
  token: string;
  onDone: (response: MeResponse) => void;
  /** The server refused the token: the page explains what to do instead of the form. */
  onRefused: () => void;
}

const FIELDS = ['name', 'email', 'password', 'passwordAgain'] as const;

export function SetupForm({ token, onDone, onRefused }: Props) {
  const { t } = useTranslation();
  const refs = {
    name: useRef<HTMLInputElement>(null),
    email: useRef<HTMLInputElement>(null),
    password: useRef<HTMLInputElement>(null),
    passwordAgain: useRef<HTMLInputElement>(null),
  };
  const [fields, setFields] = useState<SetupFields>({
    name: '',
    email: '',
    password: '',
    passwordAgain: '',
  });
  const [problems, setProblems] = useState<ReturnType<typeof setupProblems>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (field: keyof SetupFields) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [field]: event.target.value }));
  const errorFor = (field: keyof SetupFields) => {
    const problem = problems[field];
    return problem ? t(`setup.${problem}`, { min: PASSWORD_MIN_LENGTH }) : null;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const found = setupProblems(fields);
    setProblems(found);
    const first = FIELDS.find((field) => found[field]);
    if (first) {
      refs[first].current?.focus();
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      onDone(
        await completeSetup({
          token,
          name: fields.name.trim(),
          email: fields.email.trim(),
          password: fields.password,
        }),
      );
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError && error.code === ApiErrorCode.InvalidSetupToken) onRefused();
      else if (error instanceof ApiError && error.code === ApiErrorCode.RateLimited)
        setMessage(t('login.rateLimited', { wait: formatWait(error.retryAfterSeconds ?? 60, t) }));
      else if (error instanceof ApiError && error.status === 400) setMessage(t('setup.badRequest'));
      else setMessage(t('setup.failed'));
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-6">
      <TextField
        ref={refs.name}
        label={t('setup.nameLabel')}
        autoComplete="name"
        maxLength={NAME_MAX_LENGTH}
        value={fields.name}
        error={errorFor('name')}
        onChange={set('name')}
      />
      <TextField
        ref={refs.email}
        label={t('setup.emailLabel')}
        type="email"
        autoComplete="username"
        maxLength={EMAIL_MAX_LENGTH}
        value={fields.email}
        error={errorFor('email')}
        onChange={set('email')}
      />
      <TextField
        ref={refs.password}
        label={t('setup.passwordLabel')}
        description={t('setup.passwordDescription', { min: PASSWORD_MIN_LENGTH })}
        type="password"
        autoComplete="new-password"
        maxLength={PASSWORD_MAX_LENGTH}
        value={fields.password}
        error={errorFor('password')}
        onChange={set('password')}
      />
      <TextField
        ref={refs.passwordAgain}
        label={t('setup.passwordAgainLabel')}
        type="password"
        autoComplete="new-password"
        maxLength={PASSWORD_MAX_LENGTH}
        value={fields.passwordAgain}
        error={errorFor('passwordAgain')}
        onChange={set('passwordAgain')}
      />
      <FormMessage message={message} />
      <SubmitButton busy={busy} label={t('setup.submit')} busyLabel={t('setup.submitting')} />
    </form>
  );
}
