import { useTranslation } from 'react-i18next';
import type { ClusteringBy } from '../../../../shared/workshop/types';
import { ParticipantBoard } from '../../board/ParticipantBoard';
import { ClusteringByField } from '../ClusteringByField';
import { lastBrainstorm } from '../lastBrainstorm';
import type { ClientKind } from '../types';

/** Sorting a brainstorm's notes into themes, on that brainstorm's board. */
export const clusterClient: ClientKind<'cluster', { clusteringBy: ClusteringBy }> = {
  Panel: ({ activity, view, send, viewer, removed }) => (
    <ParticipantBoard
      key={activity.id}
      view={view}
      activity={activity}
      send={send}
      viewer={viewer}
      removed={removed}
    />
  ),
  Live: null,
  LeadControls: null,
  Result: function ClusterResult() {
    const { t } = useTranslation();
    return <p className="ds-paragraph">{t('workshopResults.boardOnBrainstorm')}</p>;
  },
  form: {
    initial: { clusteringBy: 'facilitators' },
    Fields: ({ id, draft, setDraft }) => (
      <ClusteringByField id={id} value={draft.clusteringBy} onChange={(clusteringBy) => setDraft({ clusteringBy })} />
    ),
    config: (common, draft, agenda) => ({
      kind: 'cluster',
      ...common,
      sourceActivityId: lastBrainstorm(agenda),
      clusteringBy: draft.clusteringBy,
    }),
  },
};
