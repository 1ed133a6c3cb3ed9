import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createWorkshop, type WorkshopInfo } from '../http/workshopsApi';
import { TextField } from '../ui/TextField';
import { FormMessage } from '../ui/FormMessage';

/** Creates a workshop in a plan (RunWorkshops): a title and whether notes are anonymous. */
export function CreateWorkshopForm({
  planId,
  onCreated,
}: {
  planId: string;
  onCreated: (workshop: WorkshopInfo) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [anonymous, setAnonymous] = useState(true);
  const [error, setError] = useState<'required' | 'failed' | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setError('required');
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const workshop = await createWorkshop(planId, {
        title: title.trim(),
        anonymous,
        facilitatorSeesAuthors: false,
      });
      setTitle('');
      onCreated(workshop);
    } catch {
      setError('failed');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-4">
      <TextField
        ref={inputRef}
        label={t('workshop.titleLabel')}
        value={title}
        maxLength={200}
        error={error === 'required' ? t('workshop.titleRequired') : null}
        onChange={(event) => setTitle(event.target.value)}
      />
      <div className="ds-field">
        <input
          id={`${id}-anonymous`}
          className="ds-input"
          type="checkbox"
          checked={anonymous}
          onChange={(event) => setAnonymous(event.target.checked)}
        />
        <label className="ds-label" data-weight="regular" htmlFor={`${id}-anonymous`}>
          {t('workshop.anonymousLabel')}
        </label>
      </div>
      <div>
        <button
          type="submit"
          className="ds-button"
          data-variant="primary"
          aria-disabled={busy || undefined}
        >
          {busy ? t('workshop.creating') : t('workshop.create')}
        </button>
      </div>
      <FormMessage message={error === 'failed' ? t('workshop.createFailed') : null} />
    </form>
  );
}
