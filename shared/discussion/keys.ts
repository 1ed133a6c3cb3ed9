import type * as Y from 'yjs';

/**
 * A plan's deliberation (comment threads and suggested changes) lives in its own document,
 * `discussion:<planId>`, which only the server writes: people send commands (see commands.ts)
 * and read the document over sync. Anchors point into the plan's document by Yjs relative
 * positions, so they follow the text under concurrent edits.
 *
 * doc.getMap('threads'):      threadId → ThreadRecord (plain value, replaced on change)
 * doc.getMap('messages'):     messageId → MessageRecord (the first message opens its thread)
 * doc.getMap('suggestions'):  suggestionId → SuggestionRecord
 * doc.getMap('settings'):     a mirror of the plan's deliberation settings, for live display
 */
export const DiscussionKeys = {
  threads: 'threads',
  messages: 'messages',
  suggestions: 'suggestions',
  settings: 'settings',
} as const;

export function discussionDocName(planId: string): string {
  return `discussion:${planId}`;
}

export const threadsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(DiscussionKeys.threads);
export const messagesMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(DiscussionKeys.messages);
export const suggestionsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(DiscussionKeys.suggestions);
export const settingsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(DiscussionKeys.settings);
