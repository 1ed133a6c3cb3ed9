import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateProcess, type ProcessStepEntry } from '../http/versionsApi';
import { FormMessage } from '../ui/FormMessage';
import { formatDay } from './formatDay';

interface Props {
  planId: string;
  steps: readonly ProcessStepEntry[];
  /** Owners change the dates inline; everyone else reads them. */
  editable: boolean;
}

/** The five political steps in order, each with its planned day. */
export function ProcessTimeline({ planId, steps, editable }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nb';
  const [saved, setSaved] = useState(steps);
  const [dates, setDates] = useState(() => new Map(steps.map((s) => [s.step, s.date ?? ''])));
  const [busy, setBusy] = useState(false);
  // Seen and heard (FormMessage is a polite live region) next to the button that was pressed.
  const [message, setMessage] = useState<{ text: string; tone: 'success' | 'danger' } | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setMessage(null);
    try {
      const next = await updateProcess(
        planId,
        steps.map(({ step }) => ({ step, date: dates.get(step) || null })),
      );
      setSaved(next);
      setMessage({ text: t('versions.datesSaved'), tone: 'success' });
    } catch {
      setMessage({ text: t('versions.datesFailed'), tone: 'danger' });
    } finally {
      setBusy(false);
    }
  };

  const list = (
    <ol className="flex flex-col gap-3 border-l-4 border-neutral-border-subtle pl-6">
      {saved.map(({ step, date }, index) => (
        <li key={step} className="flex flex-wrap items-end gap-x-6 gap-y-2">
          <span className="min-w-56 font-semibold">
            {index + 1}. {t(`versions.steps.${step}`)}
          </span>
          {editable ? (
            <div className="ds-field">
              <label className="ds-label" htmlFor={`step-date-${step}`}>
                {t('versions.dateLabel', { step: t(`versions.steps.${step}`) })}
              </label>
              <input
                id={`step-date-${step}`}
                type="date"
                className="ds-input w-auto"
                value={dates.get(step) ?? ''}
                onChange={(event) =>
                  setDates((current) => new Map(current).set(step, event.target.value))
                }
              />
            </div>
          ) : (
            <span>
              {date ? (
                <time dateTime={date}>{formatDay(date, language)}</time>
              ) : (
                <span className="text-neutral-text-subtle">{t('versions.noDate')}</span>
              )}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
  if (!editable) return list;

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-4">
      {list}
      <FormMessage message={message?.text ?? null} tone={message?.tone} />
      <div>
        <button
          type="submit"
          className="ds-button"
          data-variant="secondary"
          aria-disabled={busy || undefined}
        >
          {busy ? t('versions.savingDates') : t('versions.saveDates')}
        </button>
      </div>
    </form>
  );
}
