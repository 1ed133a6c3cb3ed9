import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  BrainstormActivity,
  ClusterActivity,
  HideReason,
} from '../../../shared/workshop/types';
import type { WorkshopView } from '../../../shared/workshop/views/workshopView';
import { FormMessage } from '../../ui/FormMessage';
import { useFocusRequest } from '../../ui/useFocusRequest';
import { useSendAction, type Send } from '../useSendAction';
import { boardSections } from './boardSections';
import type { MoveTarget } from './BoardNote';
import { BoardSectionView, type SectionActions } from './BoardSectionView';
import { Heading, deeper, type HeadingLevel } from './Heading';

export interface ClusterBoardProps {
  view: WorkshopView;
  /** The activity shown: a brainstorm (its own board) or a cluster activity on one. */
  activity: BrainstormActivity | ClusterActivity;
  /** The brainstorm whose notes are on the board. */
  boardId: string;
  send: Send;
  /** This person may create, rename and delete clusters and move notes right now. */
  canOrganize: boolean;
  /** Facilitators: hidden notes stay visible to them, with hide and unhide. */
  moderate: boolean;
  /** A participant in an open breakout group sees only their group's board. */
  onlyGroup?: string | null;
  headingLevel: HeadingLevel;
}

/**
 * The clustering board: revealed notes sorted into named clusters ("themes"). During breakouts a
 * facilitator sees every group's board side by side; afterwards everyone does, as the groups'
 * results (columns on a desktop, stacked on a phone).
 */
export function ClusterBoard({
  view,
  activity,
  boardId,
  send,
  canOrganize,
  moderate,
  onlyGroup,
  headingLevel,
}: ClusterBoardProps) {
  const { t } = useTranslation();
  const { run, busy, error } = useSendAction(send);
  const { containerRef, requestFocus } = useFocusRequest<HTMLDivElement>();
  const sections = boardSections(view, boardId, {
    showHidden: moderate,
    ...(onlyGroup !== undefined ? { onlyGroup } : {}),
  });
  const grouped = sections.some((section) => section.groupId !== null);
  const titled = sections.length > 1 || grouped;
  const visible = sections.reduce(
    (sum, section) =>
      sum +
      section.unsorted.filter((note) => !note.hidden).length +
      section.clusters.reduce((n, c) => n + c.notes.filter((note) => !note.hidden).length, 0),
    0,
  );
  const openGroupIds = new Set(view.groups.filter((g) => g.open).map((g) => g.id));

  const move = useCallback(
    (noteId: string, text: string, target: MoveTarget) => {
      // The note's select is the natural place to continue from, in the list it moved to.
      requestFocus([`[data-drop="${target.id ?? 'none'}"] [data-move-select="${noteId}"]`]);
      void run(
        { type: 'moveNote', noteId, clusterId: target.id },
        t('workshopBoard.board.movedTo', {
          text,
          target: target.title ?? t('workshopBoard.board.unsorted'),
        }),
      ).then((moved) => {
        // Refused: the note stays where it is, and a later move by someone else must not pull focus.
        if (!moved) requestFocus([]);
      });
    },
    [run, t, requestFocus],
  );

  const actions: SectionActions = {
    busy,
    create: (title, groupId) =>
      run(
        {
          type: 'createCluster',
          activityId: activity.id,
          title,
          // Facilitators name the section's group; participants always write onto their own.
          ...(moderate ? { groupId } : {}),
        },
        t('workshopBoard.board.clusterCreated', { title }),
      ),
    rename: (clusterId, title) =>
      run(
        { type: 'renameCluster', clusterId, title },
        t('workshopBoard.board.clusterRenamed', { title }),
      ),
    remove: (clusterId, title) =>
      void run(
        { type: 'deleteCluster', clusterId },
        t('workshopBoard.board.clusterDeleted', { title }),
      ),
    move,
    hide: (noteId: string, reason: HideReason) =>
      void run({ type: 'hideNote', noteId, reason }, t('workshopBoard.moderation.hidden')),
    unhide: (noteId) =>
      void run({ type: 'unhideNote', noteId }, t('workshopBoard.moderation.unhidden')),
  };

  const sectionLevel = deeper(headingLevel);
  return (
    <section aria-labelledby="board-heading" className="@container mt-6" ref={containerRef}>
      <Heading level={headingLevel} id="board-heading" className="mb-1">
        {grouped && onlyGroup === undefined && sections.length > 1
          ? t('workshopBoard.board.resultsHeading')
          : t('workshopBoard.board.heading')}
      </Heading>
      <p className="mb-3 text-neutral-text-subtle">
        {t('workshop.notes.revealedCount', { count: visible })}
      </p>
      <p className="mb-4">
        {canOrganize ? t('workshopBoard.board.dragHint') : t('workshopBoard.board.readOnly')}
      </p>
      <div
        className={titled ? 'grid gap-6 @2xl:grid-cols-2 @4xl:grid-cols-3' : ''}
        data-testid="revealed-notes"
      >
        {sections.map((section) => (
          <BoardSectionView
            key={section.groupId ?? 'plenary'}
            section={section}
            titled={titled}
            headingLevel={sectionLevel}
            canOrganize={canOrganize}
            canCreate={
              canOrganize &&
              (moderate
                ? section.groupId === null || openGroupIds.has(section.groupId)
                : section.groupId === (onlyGroup ?? null))
            }
            moderate={moderate}
            actions={actions}
          />
        ))}
      </div>
      <FormMessage message={error} />
    </section>
  );
}
