import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '../../shared/api/auth';
import type { AssociationSummary } from '../../shared/api/associations';
import { ApiErrorCode } from '../../shared/api/errors';
import type { RedeemInviteBody } from '../../shared/api/invites';
import { InputLimits } from '../../shared/api/limits';
import { ApiError } from '../http/request';
import { formatWait } from '../i18n/formatWait';
import { useAuth } from '../auth/authContext';
import { FormMessage } from '../ui/FormMessage';
import { TextField } from '../ui/TextField';
import { unavailableReason } from './redeemError';
import type { UnavailableReason } from './InviteUnavailable';
import { SubmitButton } from '../ui/SubmitButton';
import {
  AssociationChoice,
  NO_ASSOCIATION,
  OTHER_ASSOCIATION,
  chosenAssociation,
  type AssociationPick,
} from './AssociationChoice';
import { PrivacyNote } from './PrivacyNote';

interface Props<R extends MeResponse> {
  /** Joins through a link or a code; the same form serves both. */
  redeem: (body: RedeemInviteBody) => Promise<R>;
  /** The plan's association list to choose from (empty: a free-text field only). */
  associations: readonly AssociationSummary[];
  onJoined: (response: R) => void;
  onUnavailable: (reason: UnavailableReason) => void;
}

/**
 * Name and (optional) association: all that is asked and all that is stored of a person who joins
 * by link or code. Staff who are logged in join with their account's name.
 */
export function JoinForm<R extends MeResponse>({
  redeem,
  associations,
  onJoined,
  onUnavailable,
}: Props<R>) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const staff = me?.kind === 'user' ? me : null;
  const nameRef = useRef<HTMLInputElement>(null);
  const otherRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [pick, setPick] = useState<AssociationPick>(NO_ASSOCIATION);
  const [other, setOther] = useState('');
  const [nameError, setNameError] = useState(false);
  const [otherError, setOtherError] = useState(false);
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
    // "Other" chosen from a list but left empty: ask, rather than silently joining without one.
    if (!staff && associations.length > 0 && pick === OTHER_ASSOCIATION && !other.trim()) {
      setOtherError(true);
      otherRef.current?.focus();
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const association = staff ? null : chosenAssociation(associations, pick, other);
      onJoined(await redeem({ displayName, ...(association ? { association } : {}) }));
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
            maxLength={InputLimits.nameMax}
            value={name}
            error={nameError ? t('invite.nameRequired') : null}
            onChange={(event) => {
              setName(event.target.value);
              if (nameError && event.target.value.trim()) setNameError(false);
            }}
          />
          <AssociationChoice
            ref={otherRef}
            associations={associations}
            pick={pick}
            other={other}
            otherError={otherError}
            onPick={(value) => {
              setPick(value);
              setOtherError(false);
            }}
            onOther={(text) => {
              // Without a list the text field is the whole choice.
              if (associations.length === 0) setPick(OTHER_ASSOCIATION);
              setOther(text);
              if (otherError && text.trim()) setOtherError(false);
            }}
          />
          <PrivacyNote />
        </>
      )}
      <FormMessage message={message} />
      <SubmitButton busy={busy} label={t('invite.submit')} busyLabel={t('invite.submitting')} />
    </form>
  );
}
