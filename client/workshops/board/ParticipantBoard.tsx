import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/workshop/types';
import type { WorkshopView } from '../../../shared/workshop/views/workshopView';
import type { Send } from '../useSendAction';
import { mayOrganizeNow, shownBoard, viewerGroup, type BoardViewer } from './boardAccess';
import { ClusterBoard } from './ClusterBoard';
import type { HeadingLevel } from './Heading';

/**
 * The board as a participant sees it: their group's board during breakouts, everyone's
 * otherwise; sorting controls only when they may sort.
 */
export function ParticipantBoard({
  view,
  activity,
  send,
  viewer,
  removed,
  headingLevel = 3,
}: {
  view: WorkshopView;
  activity: Activity;
  send: Send;
  viewer: BoardViewer;
  removed: boolean;
  headingLevel?: HeadingLevel;
}) {
  const { t } = useTranslation();
  const shown = shownBoard(activity);
  if (!shown) {
    return activity.kind === 'cluster' ? (
      <p className="ds-paragraph">{t('workshopBoard.board.noBoard')}</p>
    ) : null;
  }
  const group = viewerGroup(view, viewer);
  return (
    <ClusterBoard
      view={view}
      activity={shown.activity}
      boardId={shown.boardId}
      send={send}
      canOrganize={mayOrganizeNow(view, shown.activity, viewer, removed)}
      moderate={false}
      {...(group !== undefined ? { onlyGroup: group } : {})}
      headingLevel={headingLevel}
    />
  );
}
