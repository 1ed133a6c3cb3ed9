import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/workshop/types';
import type { MyPrivateView } from '../../../shared/workshop/views/privateView';
import type { WorkshopView } from '../../../shared/workshop/views/workshopView';
import type { BoardViewer } from '../board/boardAccess';
import { LeadBoard } from '../board/LeadBoard';
import { clientKind } from '../kinds';
import type { Send } from '../useSendAction';

/**
 * What is happening now: who is here, then the current activity as its kind shows it to the
 * facilitator (notes written and shown with the clustering board and moderation, votes, answers).
 */
export function LiveView({
  view,
  current,
  send,
  viewer,
  mine = null,
}: {
  view: WorkshopView;
  current: Activity | undefined;
  send: Send;
  viewer: BoardViewer;
  /** The facilitator's private view: a poll's live breakdown before it is public. */
  mine?: MyPrivateView | null;
}) {
  const { t } = useTranslation();
  const present = view.participants.filter((p) => !p.removed && !p.facilitator).length;
  const board = current ? <LeadBoard view={view} activity={current} send={send} viewer={viewer} /> : null;
  const Live = current ? clientKind(current.kind).Live : null;
  return (
    <div className="flex flex-col gap-2">
      <p>{t('workshop.lead.participants', { count: present })}</p>
      {current && Live ? <Live activity={current} view={view} mine={mine} board={board} send={send} /> : board}
    </div>
  );
}
