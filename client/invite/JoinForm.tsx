import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '../../shared/api/auth';
import { ApiErrorCode } from '../../shared/api/errors';
import { redeemInvite } from '../http/invitesApi';
import { ApiError } from '../http/request';
import { formatWait } from '../i18n/formatWait';
import { useAuth } from '../auth/authContext';
import { FormMessage } from '../ui/FormMessage';
import { TextField } from '../ui/TextField';
import { unavailableReason } from './redeemError';
import type { UnavailableReason } from './InviteUnavailable';
import { SubmitButton } from '../ui/SubmitButton';

/** Limits of `redeemInviteBodySchema` (shared/api/invites.ts), kept here so zod stays off this page. */
const NAME_MAX_LENGTH = 80;
const ASSOCIATION_MAX_LENGTH = 120;

interface Props {
  token: string;
  onJoined: (response: MeResponse) => void;
  onUnavailable: (reason: UnavailableReason) => void;
}

/**
 * Name and (optional) association: all that is asked and all that is stored of a person who joins
 * by link. Staff who are logged in join with their account's name.
 */
export function JoinForm({ token, onJoined, onUnavailable }: Props) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const staff = me?.kind === 'user' ? me : null;
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [association, setAssociation] = useState('');
  const [nameError, setNameError] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const displayName = staff ? staff.name : name.trim();
    if (!displayName) {
      setNameError(true);
      nameRef.current?.focus();
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const trimmed = association.trim();
      onJoined(
        await redeemInvite(token, {
          displayName,
          ...(trimmed && !staff ? { association: trimmed } : {}),
        }),
      );
    } catch (error) {
      setBusy(false);
      const reason = unavailableReason(error);
      if (reason) onUnavailable(reason);
      else if (error instanceof ApiError && error.code === ApiErrorCode.RateLimited)
        setMessage(t('invite.rateLimited', { wait: formatWait(error.retryAfterSeconds ?? 60, t) }));
      else setMessage(t('invite.failed'));
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-6">
      {staff ? (
        <p className="ds-paragraph">{t('invite.staffIntro', { name: staff.name })}</p>
      ) : (
        <>
          <TextField
            ref={nameRef}
            label={t('invite.nameLabel')}
            description={t('invite.nameDescription')}
            autoComplete="nickname"
            maxLength={NAME_MAX_LENGTH}
            value={name}
            error={nameError ? t('invite.nameRequired') : null}
            onChange={(event) => {
              setName(event.target.value);
              if (nameError && event.target.value.trim()) setNameError(false);
            }}
          />
          <TextField
            label={t('invite.associationLabel')}
            description={t('invite.associationDescription')}
            autoComplete="organization"
            maxLength={ASSOCIATION_MAX_LENGTH}
            value={association}
            onChange={(event) => setAssociation(event.target.value)}
          />
          <section
            aria-labelledby="invite-privacy"
            className="rounded-lg border border-neutral-border-subtle bg-neutral-background-tinted p-4"
          >
            <h2 id="invite-privacy" className="ds-heading mb-2" data-size="2xs">
              {t('invite.privacyHeading')}
            </h2>
            <p className="ds-paragraph">{t('invite.privacyText')}</p>
          </section>
        </>
      )}
      <FormMessage message={message} />
      <SubmitButton busy={busy} label={t('invite.submit')} busyLabel={t('invite.submitting')} />
    </form>
  );
}
