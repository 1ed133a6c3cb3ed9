import type { Activity } from '../../shared/workshop/types';
import type { WorkshopView } from '../../shared/workshop/views/workshopView';
import type { MyPrivateView } from '../../shared/workshop/views/privateView';
import { BrainstormPanel } from './BrainstormPanel';
import { PollPanel } from './PollPanel';
import { VotePanel } from './VotePanel';
import type { Send } from './useSendAction';

/** What a participant does in the current activity, by kind. */
export function ActivityPanel(props: {
  activity: Activity;
  view: WorkshopView;
  mine: MyPrivateView | null;
  send: Send;
  locked: boolean;
}) {
  const { activity, ...rest } = props;
  switch (activity.kind) {
    case 'brainstorm':
      return <BrainstormPanel key={activity.id} activity={activity} {...rest} />;
    case 'vote':
      return <VotePanel key={activity.id} activity={activity} {...rest} />;
    case 'poll':
      return <PollPanel key={activity.id} activity={activity} {...rest} />;
    default:
      return null;
  }
}
