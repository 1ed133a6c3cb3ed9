import { WorkshopErrorCode as W } from '../../shared/workshop/errors';

type ErrorKey = (typeof KEYS)[keyof typeof KEYS];

const KEYS = {
  [W.InputLocked]: 'workshop.errors.locked',
  [W.ParticipantRemoved]: 'workshop.errors.removed',
  [W.WorkshopNotRunning]: 'workshop.errors.notRunning',
  [W.WorkshopEnded]: 'workshop.errors.notRunning',
  [W.ActivityNotCurrent]: 'workshop.errors.moved',
  [W.ActivityNotActive]: 'workshop.errors.moved',
  [W.VoteBudgetExceeded]: 'workshop.errors.budget',
  [W.AlreadyVoted]: 'workshop.errors.voted',
  [W.VotesRevealed]: 'workshop.errors.votesRevealed',
  [W.Forbidden]: 'workshop.errors.forbidden',
  [W.LimitReached]: 'workshop.errors.limit',
  [W.TimerState]: 'workshop.errors.state',
  [W.InvalidTransition]: 'workshop.errors.state',
  [W.AlreadyRevealed]: 'workshop.errors.state',
  [W.BadCommand]: 'workshop.errors.invalid',
} as const;

/** Which translated message explains a refused command (`workshop.errors.*`). */
export function workshopErrorKey(code: string): ErrorKey | 'workshop.errors.failed' {
  return code in KEYS ? KEYS[code as keyof typeof KEYS] : 'workshop.errors.failed';
}
