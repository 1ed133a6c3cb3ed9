import { useId, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { createPlan } from '../http/plansApi';
import { planPath } from '../app/paths';
import type { PlanLanguage } from '../../shared/plan/contentLanguage';
import { PlanLanguageField } from './PlanLanguageField';

const MAX_TITLE_LENGTH = 200;

export function CreatePlanForm() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<'required' | 'failed' | null>(null);
  const [busy, setBusy] = useState(false);
  // Whoever works in nynorsk most likely writes the plan in it too.
  const [language, setLanguage] = useState<PlanLanguage>(() => (i18n.resolvedLanguage === 'nn' ? 'nn' : 'nb'));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) {
      setError('required');
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const plan = await createPlan(trimmed, language);
      await navigate(planPath(plan.id));
    } catch {
      setError('failed');
      setBusy(false);
    }
  };

  const errorId = `${id}-error`;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="ds-heading mb-4" data-size="xs">
        {t('planList.createHeading')}
      </h2>
      <div className="flex flex-wrap items-end gap-3">
        <div className="ds-field min-w-64 flex-1">
          <label className="ds-label" htmlFor={`${id}-title`}>
            {t('planList.titleLabel')}
          </label>
          <input
            ref={inputRef}
            id={`${id}-title`}
            className="ds-input"
            type="text"
            maxLength={MAX_TITLE_LENGTH}
            value={title}
            aria-invalid={error === 'required' || undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => {
              setTitle(event.target.value);
              if (error === 'required') setError(null);
            }}
          />
        </div>
      </div>
      {/* Title, language, then the button: the order they are filled in and tabbed through. */}
      <div className="mt-4 flex flex-wrap items-end gap-3">
        <PlanLanguageField value={language} onChange={setLanguage} name={`${id}-language`} />
        <button
          type="submit"
          className="ds-button"
          data-variant="primary"
          aria-disabled={busy || undefined}
        >
          {busy ? t('planList.creating') : t('planList.create')}
        </button>
      </div>
      <div aria-live="polite">
        {error && (
          <p className="ds-validation-message mt-2" data-color="danger" id={errorId}>
            {error === 'required' ? t('planList.titleRequired') : t('planList.createFailed')}
          </p>
        )}
      </div>
    </form>
  );
}
