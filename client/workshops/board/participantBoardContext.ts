import { createContext, useContext } from 'react';
import type { Activity } from '../../../shared/workshop/types';
import type { WorkshopView } from '../../../shared/workshop/views/workshopView';
import type { Send } from '../useSendAction';
import type { BoardViewer } from './boardAccess';

export interface ParticipantBoardSession {
  view: WorkshopView;
  activity: Activity;
  send: Send;
  viewer: BoardViewer;
  removed: boolean;
}

/**
 * What the participant page knows about the person and the activity, for the board inside a
 * brainstorm panel: the panel passes only its notes on to RevealedNotes, which shows the board
 * when this is provided (ActivityPanel does) and a plain list otherwise.
 */
export const ParticipantBoardContext = createContext<ParticipantBoardSession | null>(null);

export function useParticipantBoardSession(): ParticipantBoardSession | null {
  return useContext(ParticipantBoardContext);
}
