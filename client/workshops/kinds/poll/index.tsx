import { useTranslation } from 'react-i18next';
import { POLL_RESULTS_SHOWN, type PollResultsShown } from '../../../../shared/workshop/types';
import type { ClientKind } from '../types';
import { pollBreakdown } from './pollBreakdown';
import { PollBreakdownView } from './PollBreakdownView';
import { PollPanel } from './PollPanel';
import { PollResults } from './PollResults';

interface PollDraft {
  options: string;
  multiple: boolean;
  resultsShown: PollResultsShown;
}

/** A question with fixed options; who sees the breakdown when is the poll's own setting. */
export const pollClient: ClientKind<'poll', PollDraft> = {
  Panel: ({ activity, view, mine, send, locked }) => (
    <PollPanel key={activity.id} activity={activity} view={view} mine={mine} send={send} locked={locked} />
  ),
  Live: function PollLive({ activity, view, mine }) {
    const { t } = useTranslation();
    const breakdown = pollBreakdown(view, mine, activity);
    return (
      <>
        <PollBreakdownView activity={activity} breakdown={breakdown} />
        {breakdown.shown && !activity.resultsRevealed && (
          <p className="ds-paragraph">
            {t(
              activity.resultsShown === 'afterReveal'
                ? 'workshop.poll.hiddenFromOthers'
                : 'workshop.poll.hiddenUntilAnswered',
            )}
          </p>
        )}
      </>
    );
  },
  LeadControls: function RevealPoll({ activity, button }) {
    const { t } = useTranslation();
    if (activity.resultsRevealed || activity.state === 'pending') return null;
    return button(t('workshop.lead.revealPoll'), { type: 'revealPoll', activityId: activity.id }, 'primary');
  },
  Result: ({ result }) => (
    <PollResults prompt={result.activity.prompt} options={result.options} respondents={result.respondents} />
  ),
  form: {
    initial: { options: '', multiple: false, resultsShown: 'afterAnswering' },
    Fields: function PollFields({ id, draft, setDraft }) {
      const { t } = useTranslation();
      return (
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
              value={draft.options}
              onChange={(e) => setDraft({ ...draft, options: e.target.value })}
            />
          </div>
          <div className="ds-field">
            <input
              id={`${id}-multiple`}
              className="ds-input"
              type="checkbox"
              checked={draft.multiple}
              onChange={(e) => setDraft({ ...draft, multiple: e.target.checked })}
            />
            <label className="ds-label" data-weight="regular" htmlFor={`${id}-multiple`}>
              {t('workshop.lead.multipleLabel')}
            </label>
          </div>
          <div className="ds-field">
            <label className="ds-label" htmlFor={`${id}-results-shown`}>
              {t('workshop.lead.resultsShownLabel')}
            </label>
            <select
              id={`${id}-results-shown`}
              className="ds-input"
              value={draft.resultsShown}
              onChange={(e) => setDraft({ ...draft, resultsShown: e.target.value as PollResultsShown })}
            >
              {POLL_RESULTS_SHOWN.map((value) => (
                <option key={value} value={value}>
                  {t(`workshop.lead.resultsShown.${value}`)}
                </option>
              ))}
            </select>
          </div>
        </>
      );
    },
    config: (common, draft) => ({
      kind: 'poll',
      ...common,
      multiple: draft.multiple,
      resultsShown: draft.resultsShown,
      options: draft.options
        .split('\n')
        .map((option) => option.trim())
        .filter(Boolean),
    }),
    afterAdd: (draft) => ({ ...draft, options: '' }),
  },
};
