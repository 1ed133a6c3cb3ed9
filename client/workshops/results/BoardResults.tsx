import { useTranslation } from 'react-i18next';
import type { Group } from '../../../shared/workshop/types';
import type { BoardResult } from '../../../shared/workshop/views/results';
import { NoteList } from './NoteList';
import { UseButton } from './UseButton';

interface Props {
  board: BoardResult;
  groups: readonly Group[];
  votes: ReadonlyMap<string, number>;
  authors: ReadonlyMap<string, string> | null;
}

/** A brainstorm's notes by theme, and by breakout group when there were groups. */
export function BoardResults({ board, groups, votes, authors }: Props) {
  const { t } = useTranslation();
  const used = new Set<string | null>([
    ...board.clusters.map(({ cluster }) => cluster.groupId),
    ...board.clusters.flatMap(({ notes }) => notes.map((note) => note.groupId)),
    ...board.unclustered.map((note) => note.groupId),
  ]);
  const order = [null, ...groups.map((group) => group.id)].filter((id) => used.has(id));
  const grouped = order.some((id) => id !== null);
  const groupName = (id: string | null) => {
    const group = groups.find((candidate) => candidate.id === id);
    if (!group) return t('workshopResults.plenary');
    return group.name.trim() || t('workshopResults.groupNumber', { number: group.number });
  };
  const Heading = grouped ? 'h4' : 'h3';

  if (board.clusters.length === 0 && board.unclustered.length === 0) {
    return <p className="ds-paragraph">{t('workshopResults.noNotes')}</p>;
  }
  const sections = order.map((groupId) => {
    const clusters = board.clusters.filter(({ cluster }) => cluster.groupId === groupId);
    const loose = board.unclustered.filter((note) => note.groupId === groupId);
    return (
      <div key={groupId ?? 'plenary'} className="flex flex-col gap-4">
        {grouped && (
          <h3 className="ds-heading" data-size="xs">
            {groupName(groupId)}
          </h3>
        )}
        {clusters.map(({ cluster, notes }) => {
          const count = votes.get(cluster.id) ?? 0;
          return (
            <section
              key={cluster.id}
              aria-label={cluster.title}
              className="rounded-lg bg-neutral-background-tinted p-3"
              data-testid="result-cluster"
            >
              <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
                <div>
                  <Heading className="ds-heading break-words" data-size="2xs">
                    {cluster.title}
                  </Heading>
                  {count > 0 && (
                    <p className="text-sm text-neutral-text-subtle">
                      {t('workshopResults.clusterVotes', { count })}
                    </p>
                  )}
                </div>
                <UseButton source={{ kind: 'cluster', clusterId: cluster.id }} label={cluster.title} />
              </div>
              <NoteList notes={notes} votes={votes} authors={authors} />
            </section>
          );
        })}
        {loose.length > 0 && (
          <section aria-label={t('workshopResults.unclustered')}>
            <Heading className="ds-heading mb-2" data-size="2xs">
              {t('workshopResults.unclustered')}
            </Heading>
            <NoteList notes={loose} votes={votes} authors={authors} />
          </section>
        )}
      </div>
    );
  });
  return (
    <div className="flex flex-col gap-6">
      {sections}
      {board.hiddenNotes > 0 && (
        <p className="text-sm text-neutral-text-subtle">
          {t('workshopResults.notesHidden', { count: board.hiddenNotes })}
        </p>
      )}
    </div>
  );
}
