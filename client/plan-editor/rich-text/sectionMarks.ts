import { sameSection } from '../../../shared/discussion/sections';
import type { Person, SectionRef } from '../../../shared/discussion/types';
import type { DiscussionView } from '../../../shared/discussion/view';
import type { OutgoingPart } from './suggestionSender';

interface Shown {
  id: string;
  active: boolean;
}

interface ByAuthor extends Shown {
  /** Null for this person's own suggestion on its way to the server. */
  author: Person | null;
  createdAt: number | null;
}

/** What the editor draws in one section's text: open suggestions and open comment ranges. */
export type SectionMark =
  | (ByAuthor & { kind: 'insert'; at: string; text: string })
  | (ByAuthor & { kind: 'delete'; start: string; end: string })
  | (Shown & { kind: 'comment'; start: string; end: string });

/**
 * The marks of one section. A thread about a suggestion is drawn as that suggestion (active with
 * it); resolved threads and decided suggestions are not drawn; a thread on the whole section
 * has no range to draw. Parts still on their way (`sending`) are drawn until the view has them.
 */
export function sectionMarks(
  view: DiscussionView | null,
  section: SectionRef,
  sending: readonly OutgoingPart[],
  activeId: string | null,
): SectionMark[] {
  const marks: SectionMark[] = [];
  const activeThread = view?.threads.find((thread) => thread.id === activeId);
  const activeSuggestion = activeThread?.suggestionId ?? activeId;
  for (const thread of view?.threads ?? []) {
    if (thread.resolved || thread.suggestionId || !thread.anchor.range) continue;
    if (!sameSection(thread.anchor.section, section)) continue;
    const { start, end } = thread.anchor.range;
    marks.push({ kind: 'comment', id: thread.id, start, end, active: thread.id === activeId });
  }
  const known = new Set<string>();
  for (const suggestion of view?.suggestions ?? []) {
    known.add(suggestion.id);
    if (suggestion.status !== 'open' || !sameSection(suggestion.section, section)) continue;
    const shown = { id: suggestion.id, author: suggestion.author, createdAt: suggestion.createdAt, active: suggestion.id === activeSuggestion };
    const { change } = suggestion;
    marks.push(change.kind === 'insert' ? { ...shown, kind: 'insert', at: change.at, text: change.text } : { ...shown, kind: 'delete', start: change.start, end: change.end });
  }
  for (const part of sending) {
    if (known.has(part.id)) continue;
    const shown = { id: part.id, author: null, createdAt: null, active: false };
    marks.push(part.change.kind === 'insert' ? { ...shown, ...part.change } : { ...shown, ...part.change });
  }
  return marks;
}

/** Parts on their way that the view now holds (stored): they need not be drawn separately. */
export function arrived(view: DiscussionView | null, sending: readonly OutgoingPart[]): boolean {
  if (!view || sending.length === 0) return false;
  const ids = new Set(view.suggestions.map((suggestion) => suggestion.id));
  return sending.some((part) => ids.has(part.id));
}
