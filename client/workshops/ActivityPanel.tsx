import type { Activity } from '../../shared/workshop/types';
import type { WorkshopView } from '../../shared/workshop/views/workshopView';
import type { MyPrivateView } from '../../shared/workshop/views/privateView';
import type { BoardViewer } from './board/boardAccess';
import { ParticipantBoard } from './board/ParticipantBoard';
import { ParticipantBoardContext } from './board/participantBoardContext';
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
  viewer: BoardViewer;
  removed: boolean;
}) {
  const { activity, viewer, removed, ...rest } = props;
  switch (activity.kind) {
    case 'brainstorm':
      // The panel's revealed notes become the clustering board (see RevealedNotes).
      return (
        <ParticipantBoardContext.Provider
          value={{ view: rest.view, activity, send: rest.send, viewer, removed }}
        >
          <BrainstormPanel key={activity.id} activity={activity} {...rest} />
        </ParticipantBoardContext.Provider>
      );
    case 'cluster':
      return (
        <ParticipantBoard
          key={activity.id}
          view={rest.view}
          activity={activity}
          send={rest.send}
          viewer={viewer}
          removed={removed}
        />
      );
    case 'vote':
      return <VotePanel key={activity.id} activity={activity} {...rest} />;
    case 'poll':
      return <PollPanel key={activity.id} activity={activity} {...rest} />;
    default:
      return null;
  }
}
