import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AGENDA_TEMPLATE_NAME_MAX,
  AGENDA_TEMPLATES_MAX,
  type AgendaTemplateSummary,
} from '../../../shared/api/agendaTemplates';
import type { Activity } from '../../../shared/workshop/types';
import { agendaToTemplate } from '../../../shared/workshop/templates/agendaToTemplate';
import { ApiError } from '../../http/request';
import { saveAgendaTemplate } from '../../http/agendaTemplatesApi';
import { useAnnounce } from '../../ui/announcerContext';
import { FormMessage } from '../../ui/FormMessage';
import { TextField } from '../../ui/TextField';

type Problem = 'required' | 'empty' | 'tooMany' | 'failed';

/** "Save this agenda as a template" for the plan: the activities' settings under a name. */
export function SaveAgendaTemplate({
  planId,
  agenda,
  onSaved,
}: {
  planId: string;
  agenda: Activity[];
  onSaved: (template: AgendaTemplateSummary) => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!name.trim()) {
      setProblem('required');
      nameRef.current?.focus();
      return;
    }
    if (agenda.length === 0) {
      setProblem('empty');
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const template = await saveAgendaTemplate(planId, {
        name: name.trim(),
        activities: agendaToTemplate(agenda),
      });
      setName('');
      onSaved(template);
      announce(t('workshopTemplates.saved', { name: template.name }));
    } catch (error) {
      setProblem(error instanceof ApiError && error.status === 409 ? 'tooMany' : 'failed');
    } finally {
      setBusy(false);
    }
  };

  const message =
    problem === 'empty'
      ? t('workshopTemplates.emptyAgenda')
      : problem === 'tooMany'
        ? t('workshopTemplates.tooMany', { max: AGENDA_TEMPLATES_MAX })
        : problem === 'failed'
          ? t('workshopTemplates.saveFailed')
          : null;

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-3">
      <TextField
        ref={nameRef}
        label={t('workshopTemplates.nameLabel')}
        value={name}
        maxLength={AGENDA_TEMPLATE_NAME_MAX}
        error={problem === 'required' ? t('workshopTemplates.nameRequired') : null}
        onChange={(event) => setName(event.target.value)}
      />
      <div>
        <button type="submit" className="ds-button" data-variant="secondary" aria-disabled={busy || undefined}>
          {t('workshopTemplates.save')}
        </button>
      </div>
      <FormMessage message={message} />
    </form>
  );
}
