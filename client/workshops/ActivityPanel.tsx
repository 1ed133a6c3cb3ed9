import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../shared/workshop/types';
import type { WorkshopView } from '../../shared/workshop/views/workshopView';
import type { MyPrivateView } from '../../shared/workshop/views/privateView';
import type { BoardViewer } from './board/boardAccess';
import { participantPanels } from './kinds/participantPanels';
import type { Send } from './useSendAction';
import { Spinner } from '../ui/Spinner';

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
  const { t } = useTranslation();
  const Panel = participantPanels[props.activity.kind];
  return (
    <Suspense
      fallback={
        <p className="flex items-center gap-3" role="status">
          <Spinner />
          <span>{t('app.loading')}</span>
        </p>
      }
    >
      <Panel {...props} />
    </Suspense>
  );
}
