import type { DiscussionView } from '../../../shared/discussion/view';

/** What is worth saying aloud when the discussion changes; everything else is only shown. */
export type DiscussionEvent =
  /** Someone else replied in the thread the person has open. */
  | { kind: 'reply'; threadId: string; author: string }
  /** Someone else started a thread that mentions the person. */
  | { kind: 'mentioned'; threadId: string; author: string }
  /** Someone else decided on the person's own suggestion. */
  | { kind: 'decided'; suggestionId: string; status: 'accepted' | 'rejected'; by: string };

/**
 * The events between two states of the discussion. Nothing on the first state (the whole
 * discussion arriving is no news), and nothing the person did themselves.
 */
export function discussionEvents(
  before: DiscussionView | null,
  after: DiscussionView,
  meId: string | null,
  openThreadId: string | null,
): DiscussionEvent[] {
  if (!before || meId === null) return [];
  const events: DiscussionEvent[] = [];
  const threadsBefore = new Map(before.threads.map((thread) => [thread.id, thread]));

  for (const thread of after.threads) {
    const previous = threadsBefore.get(thread.id);
    if (!previous) {
      const opening = thread.messages[0];
      if (opening && opening.author.id !== meId && opening.deletedAt === null && opening.mentions.includes(meId)) {
        events.push({ kind: 'mentioned', threadId: thread.id, author: opening.author.name });
      }
      continue;
    }
    if (thread.id !== openThreadId) continue;
    const known = new Set(previous.messages.map((message) => message.id));
    for (const message of thread.messages) {
      if (!known.has(message.id) && message.author.id !== meId) {
        events.push({ kind: 'reply', threadId: thread.id, author: message.author.name });
      }
    }
  }

  const statusBefore = new Map(before.suggestions.map((suggestion) => [suggestion.id, suggestion.status]));
  for (const suggestion of after.suggestions) {
    if (suggestion.author.id !== meId || suggestion.status === 'open') continue;
    if (statusBefore.get(suggestion.id) !== 'open' || !suggestion.decided || suggestion.decided.by.id === meId) continue;
    events.push({ kind: 'decided', suggestionId: suggestion.id, status: suggestion.status, by: suggestion.decided.by.name });
  }
  return events;
}
