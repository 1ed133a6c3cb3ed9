import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PROCESS_STEPS, freezeVersion, isProcessStep, type ProcessStep } from '../http/versionsApi';
import { useAnnounce } from '../ui/announcerContext';
import { FormMessage } from '../ui/FormMessage';
import { TextField } from '../ui/TextField';
import { SubmitButton } from '../ui/SubmitButton';

/** Limit of `createVersionBodySchema.name` (shared/api/versions.ts). */
const NAME_MAX_LENGTH = 200;

/** Freezes the live draft under a name, for one step of the process (owners). */
export function FreezeForm({ planId, onFrozen }: { planId: string; onFrozen: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const announce = useAnnounce();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [step, setStep] = useState<ProcessStep>('first-reading');
  const [nameError, setNameError] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const trimmed = name.trim();
    setNameError(!trimmed);
    if (!trimmed) {
      nameRef.current?.focus();
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const version = await freezeVersion(planId, { name: trimmed, step });
      setName('');
      announce(t('versions.frozen', { name: version.name }));
      onFrozen();
    } catch {
      setMessage(t('versions.freezeFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-6">
      <TextField
        ref={nameRef}
        label={t('versions.nameLabel')}
        description={t('versions.nameDescription')}
        maxLength={NAME_MAX_LENGTH}
        value={name}
        error={nameError ? t('versions.nameRequired') : null}
        onChange={(event) => setName(event.target.value)}
      />
      <div className="ds-field">
        <label className="ds-label" htmlFor={`${id}-step`}>
          {t('versions.stepLabel')}
        </label>
        <select
          id={`${id}-step`}
          className="ds-input w-auto"
          value={step}
          onChange={(event) => {
            if (isProcessStep(event.target.value)) setStep(event.target.value);
          }}
        >
          {PROCESS_STEPS.map((choice) => (
            <option key={choice} value={choice}>
              {t(`versions.steps.${choice}`)}
            </option>
          ))}
        </select>
      </div>
      <FormMessage message={message} />
      <SubmitButton busy={busy} label={t('versions.freeze')} busyLabel={t('versions.freezing')} />
    </form>
  );
}
