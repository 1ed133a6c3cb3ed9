/**
 * Why the server refused a workshop command. Shared so the client can map each code to a
 * translated message; the English `message` beside it is for logs and developers only.
 */
export const WorkshopErrorCode = {
  /** The command did not have the expected shape or sizes. */
  BadCommand: 'bad-command',
  /** The person's role does not allow this command. */
  Forbidden: 'forbidden',
  /** The person has not joined the workshop (or joining is not possible now). */
  NotJoined: 'not-joined',
  /** The facilitator removed this person; nothing they send is applied. */
  ParticipantRemoved: 'participant-removed',
  /** The workshop has not started, or has ended. */
  WorkshopNotRunning: 'workshop-not-running',
  /** The workshop has ended; it is read-only. */
  WorkshopEnded: 'workshop-ended',
  /** The command does not fit the workshop's or activity's current state (e.g. start twice). */
  InvalidTransition: 'invalid-transition',
  /** Anonymity settings are fixed once the workshop has started. */
  AnonymityFixed: 'anonymity-fixed',
  UnknownActivity: 'unknown-activity',
  /** The activity is of another kind than the command needs. */
  WrongActivityKind: 'wrong-activity-kind',
  /** The facilitator has moved on: the activity named is not the current one. */
  ActivityNotCurrent: 'activity-not-current',
  /** The activity has not started yet, or is done. */
  ActivityNotActive: 'activity-not-active',
  /** This change is possible only before the activity has started. */
  ActivityStarted: 'activity-started',
  /** The activity lacks something it needs to start (e.g. which brainstorm it works on). */
  ActivityNotReady: 'activity-not-ready',
  /** The facilitator has paused input ("pens down"). */
  InputLocked: 'input-locked',
  UnknownNote: 'unknown-note',
  /** Only a note's author may edit or delete it. */
  NotNoteAuthor: 'not-note-author',
  /** The note is hidden by the facilitator. */
  NoteHidden: 'note-hidden',
  UnknownCluster: 'unknown-cluster',
  /** The vote target does not exist, is hidden, or belongs to another board. */
  UnknownTarget: 'unknown-target',
  UnknownGroup: 'unknown-group',
  /** The person works in another breakout group than the item belongs to. */
  WrongGroup: 'wrong-group',
  UnknownParticipant: 'unknown-participant',
  /** In this activity only facilitators organise notes into clusters. */
  ClusteringNotAllowed: 'clustering-not-allowed',
  /** All of the person's votes in this activity are used. */
  VoteBudgetExceeded: 'vote-budget-exceeded',
  /** One vote per target and person (see validateVoting). */
  AlreadyVoted: 'already-voted',
  NotVoted: 'not-voted',
  /** Votes are revealed; voting is closed. */
  VotesRevealed: 'votes-revealed',
  AlreadyRevealed: 'already-revealed',
  InvalidPollAnswer: 'invalid-poll-answer',
  /** The timer is not in a state the command works on (e.g. resume while running). */
  TimerState: 'timer-state',
  /** A size limit of the workshop was reached (notes per person, activities, participants). */
  LimitReached: 'limit-reached',
} as const;

export type WorkshopErrorCode = (typeof WorkshopErrorCode)[keyof typeof WorkshopErrorCode];

export interface WorkshopFailure {
  ok: false;
  code: WorkshopErrorCode;
  message: string;
}

export type Validation = { ok: true } | WorkshopFailure;

export const OK: { ok: true } = { ok: true };

export function fail(code: WorkshopErrorCode, message: string): WorkshopFailure {
  return { ok: false, code, message };
}
