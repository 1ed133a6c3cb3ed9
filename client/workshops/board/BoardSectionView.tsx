import { useTranslation } from 'react-i18next';
import type { HideReason } from '../../../shared/workshop/types';
import { groupLabel } from '../groups/groupLabel';
import { BoardNote, type MoveTarget } from './BoardNote';
import { moveTargets, type BoardSection } from './boardSections';
import { ClusterCard } from './ClusterCard';
import { deeper, Heading, type HeadingLevel } from './Heading';
import { NewClusterForm } from './NewClusterForm';
import { useNoteDrag } from './useNoteDrag';

export interface SectionActions {
  busy: boolean;
  create: (title: string, groupId: string | null) => Promise<boolean>;
  rename: (clusterId: string, title: string) => Promise<boolean>;
  remove: (clusterId: string, title: string) => void;
  move: (noteId: string, text: string, target: MoveTarget) => void;
  hide: (noteId: string, reason: HideReason) => void;
  unhide: (noteId: string) => void;
}

interface Props {
  section: BoardSection;
  /** Shown with its own heading when the board has more than one section, or is a group's. */
  titled: boolean;
  headingLevel: HeadingLevel;
  canOrganize: boolean;
  /** A facilitator may add clusters to plenary and open groups; participants to their own board. */
  canCreate: boolean;
  moderate: boolean;
  actions: SectionActions;
}

/** One section of the board: new cluster, the clusters with their notes, then the unsorted notes. */
export function BoardSectionView({
  section,
  titled,
  headingLevel,
  canOrganize,
  canCreate,
  moderate,
  actions,
}: Props) {
  const { t } = useTranslation();
  const name = section.group ? groupLabel(section.group, t) : t('workshopBoard.board.plenary');
  const targets = moveTargets(section);
  const titleById = new Map(targets.map((target) => [target.id, target]));
  const drag = useNoteDrag(section.groupId ?? 'plenary', (noteId, clusterId) => {
    const note = [...section.unsorted, ...section.clusters.flatMap((c) => c.notes)].find(
      (candidate) => candidate.id === noteId,
    );
    const target = titleById.get(clusterId);
    if (note && target && note.clusterId !== clusterId) actions.move(noteId, note.text, target);
  });
  const inner = titled ? deeper(headingLevel) : headingLevel;

  const noteItem = (note: BoardSection['unsorted'][number]) => (
    <BoardNote
      key={note.id}
      note={note}
      targets={targets}
      canMove={canOrganize}
      moderate={moderate}
      busy={actions.busy}
      onMove={(target) => actions.move(note.id, note.text, target)}
      onHide={(reason) => actions.hide(note.id, reason)}
      onUnhide={() => actions.unhide(note.id)}
      drag={canOrganize ? drag.noteProps(note.id) : null}
    />
  );

  // A titled section is a region named by its heading; a lone one is just the board.
  const Wrapper = titled ? 'section' : 'div';
  return (
    <Wrapper
      className="flex min-w-0 flex-col gap-4"
      aria-labelledby={titled ? `section-${section.groupId ?? 'plenary'}` : undefined}
      data-testid="board-section"
    >
      {titled && (
        <Heading level={headingLevel} id={`section-${section.groupId ?? 'plenary'}`}>
          {name}
        </Heading>
      )}
      {canCreate && (
        <NewClusterForm
          label={
            titled
              ? t('workshopBoard.board.newClusterIn', { section: name })
              : t('workshopBoard.board.newClusterLabel')
          }
          busy={actions.busy}
          onCreate={(title) => actions.create(title, section.groupId)}
        />
      )}
      {section.clusters.length > 0 && (
        <ul className="flex flex-col gap-3">
          {section.clusters.map(({ cluster, notes }) => (
            <ClusterCard
              key={cluster.id}
              cluster={cluster}
              count={notes.filter((note) => !note.hidden).length}
              headingLevel={inner}
              canEdit={canOrganize}
              busy={actions.busy}
              dropTarget={canOrganize ? drag.targetProps(cluster.id) : null}
              dropActive={drag.isOver(cluster.id)}
              onRename={(title) => actions.rename(cluster.id, title)}
              onDelete={() => actions.remove(cluster.id, cluster.title)}
            >
              {notes.length === 0 ? (
                <p className="text-neutral-text-subtle">{t('workshopBoard.board.emptyCluster')}</p>
              ) : (
                <ul className="flex flex-col gap-2">{notes.map(noteItem)}</ul>
              )}
            </ClusterCard>
          ))}
        </ul>
      )}
      <div
        className={`flex flex-col gap-2 rounded-lg border-2 border-dashed p-3 ${
          drag.isOver(null)
            ? 'border-accent-border-strong bg-accent-surface-tinted'
            : 'border-neutral-border-subtle'
        }`}
        data-drop="none"
        data-testid="unsorted"
        {...(canOrganize ? drag.targetProps(null) : {})}
      >
        <Heading level={inner} size="2xs">
          {t('workshopBoard.board.unsorted')}{' '}
          <span className="font-normal text-neutral-text-subtle">
            (
            {t('workshopBoard.board.clusterCount', {
              count: section.unsorted.filter((n) => !n.hidden).length,
            })}
            )
          </span>
        </Heading>
        {section.unsorted.length === 0 ? (
          <p className="text-neutral-text-subtle">{t('workshopBoard.board.noNotes')}</p>
        ) : (
          <ul className="flex flex-col gap-2">{section.unsorted.map(noteItem)}</ul>
        )}
      </div>
    </Wrapper>
  );
}
