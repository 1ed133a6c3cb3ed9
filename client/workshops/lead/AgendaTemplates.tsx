import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaTemplateSummary } from '../../../shared/api/agendaTemplates';
import { WorkshopLimits } from '../../../shared/workshop/limits';
import type { Activity } from '../../../shared/workshop/types';
import {
  BUILT_IN_TEMPLATES,
  localiseTemplate,
} from '../../../shared/workshop/templates/builtInTemplates';
import { applyTemplate } from '../../../shared/workshop/templates/applyTemplate';
import type { TemplateActivity } from '../../../shared/workshop/templates/templateActivity';
import { deleteAgendaTemplate, fetchAgendaTemplates } from '../../http/agendaTemplatesApi';
import { useAnnounce } from '../../ui/announcerContext';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormMessage } from '../../ui/FormMessage';
import { SmallButton } from '../../ui/SmallButton';
import type { Send } from '../useSendAction';
import { SaveAgendaTemplate } from './SaveAgendaTemplate';

const BUILT_IN = 'builtin:';
const SAVED = 'saved:';

/**
 * The agenda's templates: pick a built-in or one of the plan's saved templates and append its
 * activities (one addActivity each, references resolved as they are added), delete a saved one,
 * or save the agenda as a new one.
 */
export function AgendaTemplates({
  planId,
  agenda,
  send,
}: {
  planId: string;
  agenda: Activity[];
  send: Send;
}) {
  const { t } = useTranslation();
  const id = useId();
  const announce = useAnnounce();
  const [saved, setSaved] = useState<AgendaTemplateSummary[]>([]);
  const [loadFailed, setLoadFailed] = useState(false);
  const [choice, setChoice] = useState(`${BUILT_IN}${BUILT_IN_TEMPLATES[0]!.id}`);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<AgendaTemplateSummary | null>(null);
  const selectRef = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetchAgendaTemplates(planId, controller.signal).then(
      (templates) => setSaved(templates),
      () => {
        if (!controller.signal.aborted) setLoadFailed(true);
      },
    );
    return () => controller.abort();
  }, [planId]);

  const chosenSaved = choice.startsWith(SAVED)
    ? saved.find((template) => `${SAVED}${template.id}` === choice)
    : undefined;

  const activitiesOf = (value: string): TemplateActivity[] | null => {
    const builtIn = BUILT_IN_TEMPLATES.find((template) => `${BUILT_IN}${template.id}` === value);
    if (builtIn) return localiseTemplate(builtIn, (key) => t(key as never));
    return saved.find((template) => `${SAVED}${template.id}` === value)?.activities ?? null;
  };

  const apply = async (event: FormEvent) => {
    event.preventDefault();
    const activities = activitiesOf(choice);
    if (!activities || busy) return;
    setBusy(true);
    setError(null);
    // Why the server refused one, if it did (set inside the callback).
    const refused: { message: string | null } = { message: null };
    const outcome = await applyTemplate(activities, agenda.length, async (activity) => {
      const result = await send({ type: 'addActivity', activity });
      if (result.ok && result.outcome.type === 'created') return result.outcome.id;
      refused.message = result.error;
      return null;
    });
    setBusy(false);
    if (outcome.ok) {
      announce(t('workshopTemplates.added', { count: outcome.added }));
    } else if (outcome.reason === 'agendaFull') {
      setError(t('workshopTemplates.agendaFull', { count: activities.length, max: WorkshopLimits.activities }));
    } else {
      const partly = t('workshopTemplates.partlyAdded', { count: outcome.added, total: activities.length });
      setError(refused.message ? `${partly} ${refused.message}` : partly);
    }
  };

  const onSaved = useCallback((template: AgendaTemplateSummary) => {
    setSaved((all) => [...all, template]);
  }, []);

  const remove = async (template: AgendaTemplateSummary) => {
    setError(null);
    try {
      await deleteAgendaTemplate(planId, template.id);
      setSaved((all) => all.filter((candidate) => candidate.id !== template.id));
      setChoice(`${BUILT_IN}${BUILT_IN_TEMPLATES[0]!.id}`);
      // The delete button is gone with the template; the list it was chosen from takes focus.
      selectRef.current?.focus();
      announce(t('workshopTemplates.deleted', { name: template.name }));
    } catch {
      setError(t('workshopTemplates.deleteFailed'));
    }
  };

  return (
    <div className="flex flex-col gap-6">
      <form onSubmit={(event) => void apply(event)} className="flex flex-col gap-3">
        <div className="ds-field">
          <label className="ds-label" htmlFor={`${id}-template`}>
            {t('workshopTemplates.templateLabel')}
          </label>
          <select
            ref={selectRef}
            id={`${id}-template`}
            className="ds-input"
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
          >
            <optgroup label={t('workshopTemplates.builtInGroup')}>
              {BUILT_IN_TEMPLATES.map((template) => (
                <option key={template.id} value={`${BUILT_IN}${template.id}`}>
                  {t(template.titleKey as never)}
                </option>
              ))}
            </optgroup>
            {saved.length > 0 && (
              <optgroup label={t('workshopTemplates.savedGroup')}>
                {saved.map((template) => (
                  <option key={template.id} value={`${SAVED}${template.id}`}>
                    {template.name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className="ds-button" data-variant="primary" aria-disabled={busy || undefined}>
            {t('workshopTemplates.apply')}
          </button>
          {chosenSaved && (
            <SmallButton
              variant="secondary"
              color="danger"
              aria-haspopup="dialog"
              onClick={() => setDeleting(chosenSaved)}
            >
              {t('workshopTemplates.deleteSaved', { name: chosenSaved.name })}
            </SmallButton>
          )}
        </div>
        <FormMessage message={error ?? (loadFailed ? t('workshopTemplates.loadFailed') : null)} />
      </form>
      <SaveAgendaTemplate planId={planId} agenda={agenda} onSaved={onSaved} />
      {deleting && (
        <ConfirmDialog
          title={t('workshopTemplates.deleteTitle')}
          text={t('workshopTemplates.confirmDelete', { name: deleting.name })}
          confirmLabel={t('workshopTemplates.deleteConfirm')}
          cancelLabel={t('workshopTemplates.cancel')}
          onConfirm={() => void remove(deleting)}
          onClose={() => setDeleting(null)}
        />
      )}
    </div>
  );
}
