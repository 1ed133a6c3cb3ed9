import { useTranslation } from 'react-i18next';
import type { ClusteringBy } from '../../../../shared/workshop/types';
import { ParticipantBoardContext } from '../../board/participantBoardContext';
import { BrainstormPanel } from '../../BrainstormPanel';
import { BoardResults } from '../../results/BoardResults';
import { useRevealedNotesAnnouncement } from '../../useCountAnnouncement';
import { ClusteringByField } from '../ClusteringByField';
import type { ClientKind } from '../types';
import { WriteForRoom } from './WriteForRoom';

/** Write notes privately; the facilitator reveals them and they become the clustering board. */
export const brainstormClient: ClientKind<'brainstorm', { clusteringBy: ClusteringBy }> = {
  Panel: ({ activity, viewer, removed, ...rest }) => (
    // The panel's revealed notes become the clustering board (see RevealedNotes).
    <ParticipantBoardContext.Provider
      value={{ view: rest.view, activity, send: rest.send, viewer, removed }}
    >
      <BrainstormPanel key={activity.id} activity={activity} {...rest} />
    </ParticipantBoardContext.Provider>
  ),
  Live: function BrainstormLive({ activity, view, mine, board, send }) {
    const { t } = useTranslation();
    const tally = view.tallies[activity.id];
    const revealed = activity.notesRevealed
      ? view.notes.filter((note) => note.activityId === activity.id && !note.hidden)
      : [];
    useRevealedNotesAnnouncement(revealed.length);
    return (
      <>
        {tally?.kind === 'brainstorm' && (
          <p>{t('workshop.lead.notesWritten', { count: tally.notes })}</p>
        )}
        {view.meta.status === 'running' && activity.state === 'active' && (
          <WriteForRoom activity={activity} view={view} mine={mine} send={send} />
        )}
        {board}
      </>
    );
  },
  LeadControls: function RevealNotes({ activity, button }) {
    const { t } = useTranslation();
    if (activity.notesRevealed) return null;
    return button(t('workshop.lead.revealNotes'), { type: 'revealNotes', activityId: activity.id }, 'primary');
  },
  Result: function BrainstormResult({ result, groups, votes, authors }) {
    const { t } = useTranslation();
    return (
      <>
        <p className="mb-3 text-neutral-text-subtle">{t('workshopResults.written', { count: result.written })}</p>
        <BoardResults board={result.board} groups={groups} votes={votes} authors={authors} />
      </>
    );
  },
  form: {
    initial: { clusteringBy: 'facilitators' },
    Fields: ({ id, draft, setDraft }) => (
      <ClusteringByField id={id} value={draft.clusteringBy} onChange={(clusteringBy) => setDraft({ clusteringBy })} />
    ),
    config: (common, draft) => ({ kind: 'brainstorm', ...common, clusteringBy: draft.clusteringBy }),
  },
};
