/**
 * Why the server refused a deliberation command. Shared so the client can show each in the
 * person's language; the English `message` beside it is for logs and developers only.
 */
export const DiscussionErrorCode = {
  /** The command did not have the expected shape (unknown field, wrong type). */
  BadCommand: 'bad-command',
  /** The person's role (or the plan's settings) does not allow this. */
  Forbidden: 'forbidden',
  /** A comment is longer than `DiscussionLimits.body`, or an insertion than `.insertion`. */
  TooLong: 'too-long',
  TooManyMentions: 'too-many-mentions',
  /** A mention names someone who is not on the plan. */
  UnknownMention: 'unknown-mention',
  UnknownThread: 'unknown-thread',
  UnknownMessage: 'unknown-message',
  UnknownSuggestion: 'unknown-suggestion',
  /** The section (purpose, focus area, strategy) does not exist, or no longer does. */
  UnknownSection: 'unknown-section',
  /** Only a message's author may edit or delete it. */
  NotAuthor: 'not-author',
  /** The message was deleted; it can no longer be edited. */
  MessageDeleted: 'message-deleted',
  /**
   * The anchor does not point into the section's text on the server: a malformed position, a
   * range across paragraphs, or text the server has not received yet (send the edit first).
   */
  BadAnchor: 'bad-anchor',
  /** The suggestion's text was deleted meanwhile; it can only be rejected. */
  AnchorLost: 'anchor-lost',
  /** The text a deletion was made on changed meanwhile; look at it again. */
  SuggestionOutdated: 'suggestion-outdated',
  /** The suggestion was accepted or rejected already. */
  AlreadyDecided: 'already-decided',
  /** The thread is resolved (to reopen) or open (to resolve) already. */
  InvalidTransition: 'invalid-transition',
  /** A client-chosen id is in use by something else. */
  IdTaken: 'id-taken',
  /** The plan holds as many threads or suggestions as it may. */
  LimitReached: 'limit-reached',
} as const;

export type DiscussionErrorCode = (typeof DiscussionErrorCode)[keyof typeof DiscussionErrorCode];

export interface DiscussionFailure {
  ok: false;
  code: DiscussionErrorCode;
  message: string;
}

export function refuse(code: DiscussionErrorCode, message: string): DiscussionFailure {
  return { ok: false, code, message };
}
