import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createWorkshop, type WorkshopInfo } from '../http/workshopsApi';
import { TextField } from '../ui/TextField';
import { FormMessage } from '../ui/FormMessage';
import { SubmitButton } from '../ui/SubmitButton';

/**
 * Creates a workshop in a plan (RunWorkshops): title, goal and date, whether notes are
 * anonymous and, decided up front so participants can be told, whether the facilitator may
 * still see who wrote what.
 */
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
  const [goal, setGoal] = useState('');
  const [date, setDate] = useState('');
  const [anonymous, setAnonymous] = useState(true);
  const [facilitatorSeesAuthors, setFacilitatorSeesAuthors] = useState(false);
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
        goal: goal.trim(),
        date: date || null,
        anonymous,
        facilitatorSeesAuthors: anonymous && facilitatorSeesAuthors,
      });
      setTitle('');
      setGoal('');
      setDate('');
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
        <label className="ds-label" htmlFor={`${id}-goal`}>
          {t('workshop.goalLabel')}
        </label>
        <div data-field="description" id={`${id}-goal-description`}>
          {t('workshop.goalDescription')}
        </div>
        <textarea
          id={`${id}-goal`}
          className="ds-input"
          rows={3}
          maxLength={1000}
          value={goal}
          aria-describedby={`${id}-goal-description`}
          onChange={(event) => setGoal(event.target.value)}
        />
      </div>
      <TextField
        label={t('workshop.dateLabel')}
        type="date"
        value={date}
        onChange={(event) => setDate(event.target.value)}
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
      {anonymous && (
        <div className="ds-field">
          <input
            id={`${id}-sees-authors`}
            className="ds-input"
            type="checkbox"
            checked={facilitatorSeesAuthors}
            aria-describedby={`${id}-sees-authors-description`}
            onChange={(event) => setFacilitatorSeesAuthors(event.target.checked)}
          />
          <label className="ds-label" data-weight="regular" htmlFor={`${id}-sees-authors`}>
            {t('workshop.facilitatorSeesAuthorsLabel')}
          </label>
          <div data-field="description" id={`${id}-sees-authors-description`}>
            {t('workshop.facilitatorSeesAuthorsDescription')}
          </div>
        </div>
      )}
      <SubmitButton busy={busy} label={t('workshop.create')} busyLabel={t('workshop.creating')} />
      <FormMessage message={error === 'failed' ? t('workshop.createFailed') : null} />
    </form>
  );
}
