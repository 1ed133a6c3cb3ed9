import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_KINDS, type Activity, type ActivityKind } from '../../../shared/workshop/types';
import { FormMessage } from '../../ui/FormMessage';
import { clientKind } from '../kinds';
import { useSendAction, type Send } from '../useSendAction';

type Drafts = Record<ActivityKind, unknown>;
const initialDrafts = (): Drafts =>
  Object.fromEntries(ACTIVITY_KINDS.map((kind) => [kind, clientKind(kind).form.initial])) as Drafts;

/** Adds an activity to the agenda: kind, prompt, time box, and the kind's own settings. */
export function AddActivityForm({ agenda, send }: { agenda: Activity[]; send: Send }) {
  const { t } = useTranslation();
  const id = useId();
  const { run, busy, error } = useSendAction(send);
  const [kind, setKind] = useState<ActivityKind>('brainstorm');
  const [prompt, setPrompt] = useState('');
  const [minutes, setMinutes] = useState('');
  // Each kind's own fields (kinds/<kind>), kept per kind while the facilitator switches.
  const [drafts, setDrafts] = useState<Drafts>(initialDrafts);
  const form = clientKind(kind).form;
  const Fields = form.Fields;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const common = { prompt, timeboxMinutes: minutes.trim() ? Number(minutes) : null };
    const activity = form.config(common, drafts[kind], agenda);
    if (await run({ type: 'addActivity', activity }, t('workshop.lead.added'))) {
      setPrompt('');
      setDrafts((all) => ({ ...all, [kind]: form.afterAdd?.(all[kind]) ?? all[kind] }));
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-4">
      <div className="ds-field">
        <label className="ds-label" htmlFor={`${id}-kind`}>
          {t('workshop.lead.kindLabel')}
        </label>
        <select
          id={`${id}-kind`}
          className="ds-input"
          value={kind}
          onChange={(e) => setKind(e.target.value as ActivityKind)}
        >
          {ACTIVITY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`workshop.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="ds-field">
        <label className="ds-label" htmlFor={`${id}-prompt`}>
          {t('workshop.lead.promptLabel')}
        </label>
        <input
          id={`${id}-prompt`}
          className="ds-input"
          required
          value={prompt}
          onChange={(e) => setPrompt(e.target.value)}
        />
      </div>
      <div className="ds-field">
        <label className="ds-label" htmlFor={`${id}-minutes`}>
          {t('workshop.lead.timeboxLabel')}
        </label>
        <input
          id={`${id}-minutes`}
          className="ds-input max-w-32"
          type="number"
          min={1}
          max={240}
          inputMode="numeric"
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
        />
      </div>
      {Fields && (
        <Fields
          id={id}
          draft={drafts[kind]}
          setDraft={(draft) => setDrafts((all) => ({ ...all, [kind]: draft }))}
        />
      )}
      <div>
        <button type="submit" className="ds-button" data-variant="primary" disabled={busy}>
          {t('workshop.lead.add')}
        </button>
      </div>
      <FormMessage message={error} />
    </form>
  );
}
