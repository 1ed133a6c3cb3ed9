import type { Provenance } from '../plan/provenance';

/** Where in the plan something is: the purpose section, or a focus area or strategy by id. */
export type SectionRef = { kind: 'purpose' } | { kind: 'item'; id: string };

/**
 * A stretch of a section's rich text: two Yjs relative positions (base64 of
 * `Y.encodeRelativePosition`) into one paragraph's text, and the text they held when made.
 */
export interface TextRange {
  start: string;
  end: string;
  quote: string;
}

/** What a thread is about: a whole section, or a range of text inside it. */
export interface Anchor {
  section: SectionRef;
  range: TextRange | null;
}

/** Someone as the server knows them (`user-<id>` or `guest-<id>`) with the name they had then. */
export interface Person {
  id: string;
  name: string;
}

export interface ThreadRecord {
  id: string;
  anchor: Anchor;
  author: Person;
  createdAt: number;
  /** Set while resolved; reopening clears it. */
  resolved: { by: Person; at: number } | null;
  /** The thread is about this suggestion (its range is the suggestion's). */
  suggestionId: string | null;
  /** Made from a workshop result ("promote as a comment"). */
  provenance: Provenance | null;
  /** Last time anything happened in it (a message, an edit, resolve/reopen): unread markers. */
  activityAt: number;
}

export interface MessageRecord {
  id: string;
  threadId: string;
  author: Person;
  createdAt: number;
  /** Empty once deleted: a deleted message stays as a marker, its words do not. */
  body: string;
  /** Ids of the people mentioned (plan members at the time). */
  mentions: string[];
  editedAt: number | null;
  deletedAt: number | null;
}

export type SuggestionChange =
  /** Insert `text` at `at` (a relative position). */
  | { kind: 'insert'; at: string; text: string }
  /** Delete the range `start`–`end`; `quote` is what it held when suggested. */
  | { kind: 'delete'; start: string; end: string; quote: string };

export type SuggestionStatus = 'open' | 'accepted' | 'rejected';

export interface SuggestionRecord {
  id: string;
  section: SectionRef;
  change: SuggestionChange;
  author: Person;
  createdAt: number;
  status: SuggestionStatus;
  decided: { by: Person; at: number } | null;
}

/** Set by the plan's owner; the server reads them fresh for every command. */
export interface DiscussionSettings {
  /** Observers may start threads and reply (they always read). */
  observersMayComment: boolean;
  /** Editors may accept and reject suggestions too (the owner always may). */
  editorsMayDecide: boolean;
  /**
   * Editors and facilitators may only suggest: the server refuses their direct edits of the
   * plan document (their plan access becomes read). The owner still edits.
   */
  suggestOnly: boolean;
}

export const DEFAULT_DISCUSSION_SETTINGS: DiscussionSettings = {
  observersMayComment: false,
  editorsMayDecide: false,
  suggestOnly: false,
};
