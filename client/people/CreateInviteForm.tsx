import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateInviteResponse } from '../../shared/api/invites';
import type { InvitableRole } from '../../shared/auth/roles';
import { createInvite } from '../http/invitesApi';
import { FormMessage } from '../ui/FormMessage';
import { TextField } from '../ui/TextField';
import {
  DEFAULT_EXPIRY,
  EXPIRY_CHOICES,
  EXPIRY_HOURS,
  parseMaxUses,
  type ExpiryChoice,
} from './expiry';
import { RoleChoice } from './RoleChoice';
import { SubmitButton } from '../ui/SubmitButton';

/** Limit of `createInviteBodySchema.label` (shared/api/invites.ts). */
const LABEL_MAX_LENGTH = 120;

/** A new invitation link: which role it gives, how long it works, how many may use it. */
export function CreateInviteForm({
  planId,
  onCreated,
}: {
  planId: string;
  onCreated: (created: CreateInviteResponse) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const maxUsesRef = useRef<HTMLInputElement>(null);
  const [role, setRole] = useState<InvitableRole>('editor');
  const [expiry, setExpiry] = useState<ExpiryChoice>(DEFAULT_EXPIRY);
  const [maxUses, setMaxUses] = useState('');
  const [label, setLabel] = useState('');
  const [maxUsesError, setMaxUsesError] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const uses = parseMaxUses(maxUses);
    setMaxUsesError(!uses.ok);
    if (!uses.ok) {
      maxUsesRef.current?.focus();
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const trimmed = label.trim();
      const created = await createInvite(planId, {
        role,
        expiresInHours: EXPIRY_HOURS[expiry],
        maxUses: uses.value,
        ...(trimmed ? { label: trimmed } : {}),
      });
      setLabel('');
      onCreated(created);
    } catch {
      setMessage(t('people.createFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-6">
      <RoleChoice value={role} onChange={setRole} />
      <div className="ds-field">
        <label className="ds-label" htmlFor={`${id}-expiry`}>
          {t('people.expiryLabel')}
        </label>
        <select
          id={`${id}-expiry`}
          className="ds-input w-auto"
          value={expiry}
          onChange={(event) => setExpiry(event.target.value as ExpiryChoice)}
        >
          {EXPIRY_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t(`people.expiry.${choice}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField
        ref={maxUsesRef}
        label={t('people.maxUsesLabel')}
        description={t('people.maxUsesDescription')}
        inputMode="numeric"
        className="max-w-xs"
        value={maxUses}
        error={maxUsesError ? t('people.maxUsesInvalid') : null}
        onChange={(event) => setMaxUses(event.target.value)}
      />
      <TextField
        label={t('people.labelLabel')}
        description={t('people.labelDescription')}
        maxLength={LABEL_MAX_LENGTH}
        value={label}
        onChange={(event) => setLabel(event.target.value)}
      />
      <FormMessage message={message} />
      <SubmitButton busy={busy} label={t('people.create')} busyLabel={t('people.creating')} />
    </form>
  );
}
