import type { Activity } from '../../../shared/workshop/types';
import type { WorkshopView } from '../../../shared/workshop/views/workshopView';
import type { Send } from '../useSendAction';
import { mayOrganizeNow, shownBoard, type BoardViewer } from './boardAccess';
import { ClusterBoard } from './ClusterBoard';
import { WhoClustersControl } from './WhoClustersControl';

/**
 * The board on the facilitator's page: every section (all groups side by side), hidden notes
 * with "show again", and who may sort.
 */
export function LeadBoard({
  view,
  activity,
  send,
  viewer,
}: {
  view: WorkshopView;
  activity: Activity;
  send: Send;
  viewer: BoardViewer;
}) {
  const shown = shownBoard(activity);
  if (!shown) return null;
  const running = view.meta.status === 'running' && activity.state === 'active';
  return (
    <div>
      {running && <WhoClustersControl activity={shown.activity} send={send} />}
      <ClusterBoard
        view={view}
        activity={shown.activity}
        boardId={shown.boardId}
        send={send}
        canOrganize={mayOrganizeNow(view, shown.activity, viewer, false)}
        moderate
        headingLevel={3}
      />
    </div>
  );
}
