import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { publicSettingsPath } from '../../app/paths';
import { setFocusAreaGoals } from '../../http/goalsApi';
import { useAnnounce } from '../../ui/announcerContext';
import { FormMessage } from '../../ui/FormMessage';
import { SaveCancelButtons } from '../../ui/SaveCancelButtons';
import { SmallButton } from '../../ui/SmallButton';
import { usePlanEditor } from '../planEditorContext';
import { goalFullName, goalShortName, goalsOfFocusArea } from './goalLinks';
import { usePlanGoals } from './planGoalsContext';

interface Props {
  focusAreaId: string;
  /** «Innsatsområde 2: Frivillighet», for the button's and the list's names. */
  name: string;
  /** The hint to the owner when the plan has no goals is shown once, at the first focus area. */
  first: boolean;
}

/**
 * Which of the master plan's goals a focus area serves: «Mål: 2, 5 — Endre». Editing opens a
 * checkbox list in place and saves the whole choice at once. Read-only (and only when there are
 * links) for those who cannot edit the plan; hidden when the plan has no goals.
 */
export function FocusAreaGoals({ focusAreaId, name, first }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { editable } = usePlanEditor();
  const shared = usePlanGoals();
  const id = useId();
  const editButton = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  // The list opens where the button was: start on its first box.
  useEffect(() => {
    if (open) fieldsetRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [open]);
  if (!shared?.goals) return null;
  const { planId, goals, setGoals, isOwner } = shared;

  if (goals.length === 0) {
    if (!isOwner || !first) return null;
    return (
      <p className="mt-2 text-sm text-neutral-text-subtle" data-testid="goals-hint">
        {t('publicSettings.editorGoals.noGoals')}{' '}
        <Link className="ds-link" to={publicSettingsPath(planId)}>
          {t('publicSettings.editorGoals.toSettings')}
        </Link>
      </p>
    );
  }

  const linked = goalsOfFocusArea(goals, focusAreaId);
  if (!editable && linked.length === 0) return null;
  const summary =
    linked.length > 0 ? linked.map(goalShortName).join(', ') : t('publicSettings.editorGoals.none');

  const close = () => {
    setOpen(false);
    setMessage(null);
    requestAnimationFrame(() => editButton.current?.focus());
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setMessage(null);
    try {
      // In the goals' own order, whatever order they were ticked in.
      const goalIds = goals.filter((goal) => chosen.includes(goal.id)).map((goal) => goal.id);
      const next = await setFocusAreaGoals(planId, focusAreaId, goalIds);
      setGoals(next);
      const names = goalsOfFocusArea(next, focusAreaId).map(goalShortName).join(', ');
      announce(
        names
          ? t('publicSettings.editorGoals.saved', { name, goals: names })
          : t('publicSettings.editorGoals.savedNone', { name }),
      );
      close();
    } catch {
      setMessage(t('publicSettings.editorGoals.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="mt-2 text-sm" data-testid="focus-area-goals">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span>
          <span className="font-semibold">{t('publicSettings.editorGoals.label')}</span> {summary}
        </span>
        {editable && (
          <SmallButton
            ref={editButton}
            variant="tertiary"
            aria-expanded={open}
            aria-controls={open ? `${id}-form` : undefined}
            aria-label={t('publicSettings.editorGoals.change', { name })}
            onClick={() => {
              if (open) return close();
              setChosen(linked.map((goal) => goal.id));
              setOpen(true);
            }}
          >
            {t('publicSettings.editorGoals.changeShort')}
          </SmallButton>
        )}
      </div>
      {open && (
        <form
          id={`${id}-form`}
          noValidate
          onSubmit={(event) => void save(event)}
          className="mt-2 flex flex-col gap-3 rounded-md border border-neutral-border-subtle p-3"
        >
          <fieldset ref={fieldsetRef} className="ds-fieldset flex flex-col gap-2">
            <legend className="ds-label">{t('publicSettings.editorGoals.legend', { name })}</legend>
            {goals.map((goal) => (
              <div className="ds-field" key={goal.id}>
                <input
                  id={`${id}-goal-${goal.id}`}
                  type="checkbox"
                  className="ds-input"
                  checked={chosen.includes(goal.id)}
                  onChange={(event) =>
                    setChosen((current) =>
                      event.target.checked
                        ? [...current, goal.id]
                        : current.filter((goalId) => goalId !== goal.id),
                    )
                  }
                />
                <label className="ds-label" data-weight="regular" htmlFor={`${id}-goal-${goal.id}`}>
                  {goalFullName(goal)}
                </label>
              </div>
            ))}
          </fieldset>
          <FormMessage message={message} />
          <div className="flex flex-wrap gap-2">
            <SaveCancelButtons
              saveLabel={t('publicSettings.editorGoals.save')}
              cancelLabel={t('publicSettings.cancel')}
              busy={busy}
              onCancel={close}
            />
          </div>
        </form>
      )}
    </div>
  );
}
