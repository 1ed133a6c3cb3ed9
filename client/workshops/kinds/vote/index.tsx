import { useTranslation } from 'react-i18next';
import { VOTE_ON, type VoteOn } from '../../../../shared/workshop/types';
import { VoteRanking } from '../../results/VoteRanking';
import { useCountAnnouncement } from '../../useCountAnnouncement';
import { rankVotes } from '../../voteTargets';
import { lastBrainstorm } from '../lastBrainstorm';
import type { ClientKind } from '../types';
import { VotePanel } from './VotePanel';
import { VoteResults } from './VoteResults';

interface VoteDraft {
  voteOn: VoteOn;
  votes: string;
}

/** Dot voting on a brainstorm's notes or themes; the ranking once the facilitator reveals it. */
export const voteClient: ClientKind<'vote', VoteDraft> = {
  Panel: ({ activity, view, mine, send, locked }) => (
    <VotePanel key={activity.id} activity={activity} view={view} mine={mine} send={send} locked={locked} />
  ),
  Live: function VoteLive({ activity, view, board }) {
    const { t } = useTranslation();
    const tally = view.tallies[activity.id];
    const ranking = rankVotes(view, activity);
    useCountAnnouncement(ranking ? 1 : 0, () => t('workshop.vote.resultsShown'));
    return (
      <>
        {tally?.kind === 'vote' && <p>{t('workshop.vote.cast', { count: tally.cast })}</p>}
        {board}
        {ranking && <VoteResults ranking={ranking} />}
      </>
    );
  },
  LeadControls: function RevealVotes({ activity, button }) {
    const { t } = useTranslation();
    if (activity.votesRevealed) return null;
    return button(t('workshop.lead.revealVotes'), { type: 'revealVotes', activityId: activity.id }, 'primary');
  },
  Result: function VoteResult({ result }) {
    const { t } = useTranslation();
    if (result.ranking === null) return <p className="ds-paragraph">{t('workshopResults.notRevealed')}</p>;
    return (
      <>
        <p className="mb-3 text-neutral-text-subtle">
          {t('workshopResults.votesSummary', { cast: result.cast, voters: result.voters })}
        </p>
        <VoteRanking ranking={result.ranking} prompt={result.activity.prompt} />
      </>
    );
  },
  form: {
    initial: { voteOn: 'notes', votes: '3' },
    Fields: function VoteFields({ id, draft, setDraft }) {
      const { t } = useTranslation();
      return (
        <>
          <div className="ds-field">
            <label className="ds-label" htmlFor={`${id}-vote-on`}>
              {t('workshopBoard.vote.onLabel')}
            </label>
            <select
              id={`${id}-vote-on`}
              className="ds-input"
              value={draft.voteOn}
              onChange={(e) => setDraft({ ...draft, voteOn: e.target.value as VoteOn })}
            >
              {VOTE_ON.map((value) => (
                <option key={value} value={value}>
                  {t(`workshopBoard.vote.on.${value}`)}
                </option>
              ))}
            </select>
          </div>
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
              value={draft.votes}
              onChange={(e) => setDraft({ ...draft, votes: e.target.value })}
            />
          </div>
        </>
      );
    },
    config: (common, draft, agenda) => ({
      kind: 'vote',
      ...common,
      sourceActivityId: lastBrainstorm(agenda),
      voteOn: draft.voteOn,
      votesPerPerson: Number(draft.votes),
    }),
  },
};
