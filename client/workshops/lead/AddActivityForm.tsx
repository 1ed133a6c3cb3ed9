import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityConfig } from '../../../shared/workshop/activityConfig';
import {
  CLUSTERING_BY,
  VOTE_ON,
  type Activity,
  type ClusteringBy,
  type VoteOn,
} from '../../../shared/workshop/types';
import { FormMessage } from '../../ui/FormMessage';
import { useSendAction, type Send } from '../useSendAction';

const KINDS = ['brainstorm', 'cluster', 'vote', 'poll', 'discussion'] as const;
type Kind = (typeof KINDS)[number];

/** Adds an activity to the agenda: kind, prompt, time box, and the kind's own settings. */
export function AddActivityForm({ agenda, send }: { agenda: Activity[]; send: Send }) {
  const { t } = useTranslation();
  const id = useId();
  const { run, busy, error } = useSendAction(send);
  const [kind, setKind] = useState<Kind>('brainstorm');
  const [prompt, setPrompt] = useState('');
  const [minutes, setMinutes] = useState('');
  const [votes, setVotes] = useState('3');
  const [options, setOptions] = useState('');
  const [multiple, setMultiple] = useState(false);
  const [clusteringBy, setClusteringBy] = useState<ClusteringBy>('facilitators');
  const [voteOn, setVoteOn] = useState<VoteOn>('notes');
  const lastBrainstorm = [...agenda].reverse().find((a) => a.kind === 'brainstorm')?.id ?? null;

  const config = (): ActivityConfig => {
    const common = { prompt, timeboxMinutes: minutes.trim() ? Number(minutes) : null };
    switch (kind) {
      case 'brainstorm':
        return { kind, ...common, clusteringBy };
      case 'cluster':
        return { kind, ...common, sourceActivityId: lastBrainstorm, clusteringBy };
      case 'vote':
        return {
          kind,
          ...common,
          sourceActivityId: lastBrainstorm,
          voteOn,
          votesPerPerson: Number(votes),
        };
      case 'poll':
        return {
          kind,
          ...common,
          multiple,
          options: options
            .split('\n')
            .map((o) => o.trim())
            .filter(Boolean),
        };
      default:
        return { kind: 'discussion', ...common };
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run({ type: 'addActivity', activity: config() }, t('workshop.lead.added'))) {
      setPrompt('');
      setOptions('');
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
          onChange={(e) => setKind(e.target.value as Kind)}
        >
          {KINDS.map((k) => (
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
      {(kind === 'brainstorm' || kind === 'cluster') && (
        <div className="ds-field">
          <label className="ds-label" htmlFor={`${id}-clustering`}>
            {t('workshopBoard.board.whoClustersLabel')}
          </label>
          <select
            id={`${id}-clustering`}
            className="ds-input"
            value={clusteringBy}
            onChange={(e) => setClusteringBy(e.target.value as ClusteringBy)}
          >
            {CLUSTERING_BY.map((value) => (
              <option key={value} value={value}>
                {t(`workshopBoard.board.whoClusters.${value}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      {kind === 'vote' && (
        <div className="ds-field">
          <label className="ds-label" htmlFor={`${id}-vote-on`}>
            {t('workshopBoard.vote.onLabel')}
          </label>
          <select
            id={`${id}-vote-on`}
            className="ds-input"
            value={voteOn}
            onChange={(e) => setVoteOn(e.target.value as VoteOn)}
          >
            {VOTE_ON.map((value) => (
              <option key={value} value={value}>
                {t(`workshopBoard.vote.on.${value}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      {kind === 'vote' && (
        <div className="ds-field">
          <label className="ds-label" htmlFor={`${id}-votes`}>
            {t('workshop.lead.votesLabel')}
          </label>
          <input
            id={`${id}-votes`}
            className="ds-input max-w-32"
            type="number"
            min={1}
            max={20}
            required
            value={votes}
            onChange={(e) => setVotes(e.target.value)}
          />
        </div>
      )}
      {kind === 'poll' && (
        <>
          <div className="ds-field">
            <label className="ds-label" htmlFor={`${id}-options`}>
              {t('workshop.lead.optionsLabel')}
            </label>
            <textarea
              id={`${id}-options`}
              className="ds-input"
              rows={4}
              required
              value={options}
              onChange={(e) => setOptions(e.target.value)}
            />
          </div>
          <div className="ds-field">
            <input
              id={`${id}-multiple`}
              className="ds-input"
              type="checkbox"
              checked={multiple}
              onChange={(e) => setMultiple(e.target.checked)}
            />
            <label className="ds-label" data-weight="regular" htmlFor={`${id}-multiple`}>
              {t('workshop.lead.multipleLabel')}
            </label>
          </div>
        </>
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
