import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PublicLimits, type GoalBody, type PlanGoal } from '../../shared/api/publicPage';
import { isSdgNumber, SDG_NUMBERS, sdgName } from '../../shared/public/sdgs';
import { createGoal, updateGoal } from '../http/goalsApi';
import { useAnnounce } from '../ui/announcerContext';
import { FormMessage } from '../ui/FormMessage';
import { SaveCancelButtons } from '../ui/SaveCancelButtons';
import { SubmitButton } from '../ui/SubmitButton';
import { TextField } from '../ui/TextField';
import { actionError } from './actionError';
import { sdgLanguage } from './sdgLanguage';
import { SelectField } from './SelectField';

interface Props {
  planId: string;
  /** The goal to edit; a new goal when omitted. */
  goal?: PlanGoal;
  onSaved: (goal: PlanGoal) => void;
  /** Editing only: leaves without saving. */
  onCancel?: () => void;
}

/** A master plan goal's number, title and SDG, for adding a goal or editing one in place. */
export function GoalForm({ planId, goal, onSaved, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const language = sdgLanguage(i18n.resolvedLanguage);
  const [number, setNumber] = useState(goal?.number ?? '');
  const [title, setTitle] = useState(goal?.title ?? '');
  const [sdg, setSdg] = useState(goal?.sdg ? String(goal.sdg) : '');
  const [errors, setErrors] = useState<{ number?: string; title?: string }>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const numberRef = useRef<HTMLInputElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);

  // Editing opens where the Edit button was: put the person in the first field.
  useEffect(() => {
    if (goal) numberRef.current?.focus();
  }, [goal]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setMessage(null);
    const found: { number?: string; title?: string } = {};
    if (number.trim().length > PublicLimits.goalNumberMax)
      found.number = t('publicSettings.tooLong', { max: PublicLimits.goalNumberMax });
    if (title.trim() === '') found.title = t('publicSettings.goals.titleRequired');
    else if (title.trim().length > PublicLimits.goalTitleMax)
      found.title = t('publicSettings.tooLong', { max: PublicLimits.goalTitleMax });
    setErrors(found);
    if (found.number) return numberRef.current?.focus();
    if (found.title) return titleRef.current?.focus();
    const value = Number(sdg);
    const body: GoalBody = {
      number: number.trim(),
      title: title.trim(),
      sdg: isSdgNumber(value) ? value : null,
    };
    setBusy(true);
    try {
      const saved = goal ? await updateGoal(planId, goal.id, body) : await createGoal(planId, body);
      announce(
        t(goal ? 'publicSettings.goals.saved' : 'publicSettings.goals.added', {
          title: saved.title,
        }),
      );
      if (!goal) {
        setNumber('');
        setTitle('');
        setSdg('');
        numberRef.current?.focus();
      }
      onSaved(saved);
    } catch (failure) {
      setMessage(t(`publicSettings.errors.${actionError(failure)}`));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => void submit(event)}
      className="flex flex-col gap-4"
      aria-label={goal ? t('publicSettings.goals.editNamed', { title: goal.title }) : undefined}
    >
      <TextField
        ref={numberRef}
        label={t('publicSettings.goals.numberLabel')}
        description={t('publicSettings.goals.numberHelp')}
        error={errors.number ?? null}
        value={number}
        style={{ maxWidth: '10rem' }}
        maxLength={PublicLimits.goalNumberMax + 5}
        onChange={(event) => setNumber(event.target.value)}
      />
      <TextField
        ref={titleRef}
        label={t('publicSettings.goals.titleLabel')}
        error={errors.title ?? null}
        value={title}
        maxLength={PublicLimits.goalTitleMax + 20}
        onChange={(event) => setTitle(event.target.value)}
      />
      <SelectField
        label={t('publicSettings.goals.sdgLabel')}
        description={t('publicSettings.goals.sdgHelp')}
        value={sdg}
        onChange={(event) => setSdg(event.target.value)}
      >
        <option value="">{t('publicSettings.goals.noSdg')}</option>
        {SDG_NUMBERS.map((n) => (
          <option key={n} value={String(n)}>
            {t('publicSettings.goals.sdgOption', { number: n, name: sdgName(n, language) })}
          </option>
        ))}
      </SelectField>
      <FormMessage message={message} />
      {goal && onCancel ? (
        <div className="flex flex-wrap gap-2">
          <SaveCancelButtons
            saveLabel={t('publicSettings.save')}
            cancelLabel={t('publicSettings.cancel')}
            busy={busy}
            onCancel={onCancel}
          />
        </div>
      ) : (
        <SubmitButton
          busy={busy}
          label={t('publicSettings.goals.add')}
          busyLabel={t('publicSettings.saving')}
        />
      )}
    </form>
  );
}
