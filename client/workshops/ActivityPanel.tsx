import type { Activity } from '../../shared/workshop/types';
import type { WorkshopView } from '../../shared/workshop/views/workshopView';
import type { MyPrivateView } from '../../shared/workshop/views/privateView';
import type { BoardViewer } from './board/boardAccess';
import { clientKind } from './kinds';
import type { Send } from './useSendAction';

/** What a participant does in the current activity: its kind's panel (kinds/<kind>). */
export function ActivityPanel(props: {
  activity: Activity;
  view: WorkshopView;
  mine: MyPrivateView | null;
  send: Send;
  locked: boolean;
  viewer: BoardViewer;
  removed: boolean;
}) {
  const { Panel } = clientKind(props.activity.kind);
  return Panel ? <Panel {...props} /> : null;
}
