import { sectionKey } from '../../../shared/discussion/sections';
import type { SectionRef, SuggestionRecord } from '../../../shared/discussion/types';
import type { DiscussionView, ThreadView } from '../../../shared/discussion/view';

/** The panel's views of the discussion; one at a time (a radio group). */
export const THREAD_FILTERS = ['open', 'resolved', 'mine', 'mentions'] as const;
export type ThreadFilter = (typeof THREAD_FILTERS)[number];

export function isThreadFilter(value: unknown): value is ThreadFilter {
  return typeof value === 'string' && (THREAD_FILTERS as readonly string[]).includes(value);
}

/** Whether a live (not deleted) message of the thread names this person. */
export function mentionsPerson(thread: ThreadView, personId: string): boolean {
  return thread.messages.some((message) => message.deletedAt === null && message.mentions.includes(personId));
}

/** Whether the person started the thread or wrote in it. */
export function tookPart(thread: ThreadView, personId: string): boolean {
  return thread.author.id === personId || thread.messages.some((message) => message.author.id === personId);
}

export function threadMatches(thread: ThreadView, filter: ThreadFilter, meId: string | null): boolean {
  switch (filter) {
    case 'open':
      return thread.resolved === null;
    case 'resolved':
      return thread.resolved !== null;
    case 'mine':
      return meId !== null && tookPart(thread, meId);
    case 'mentions':
      return meId !== null && mentionsPerson(thread, meId);
    default: {
      const never: never = filter;
      return never;
    }
  }
}

/** Suggestions are never "mentioning" anyone; decided ones count as resolved. */
export function suggestionMatches(suggestion: SuggestionRecord, filter: ThreadFilter, meId: string | null): boolean {
  switch (filter) {
    case 'open':
      return suggestion.status === 'open';
    case 'resolved':
      return suggestion.status !== 'open';
    case 'mine':
      return meId !== null && suggestion.author.id === meId;
    case 'mentions':
      return false;
    default: {
      const never: never = filter;
      return never;
    }
  }
}

/** One row of the panel: a thread, or a suggestion with the threads that discuss it. */
export type PanelEntry =
  | { kind: 'thread'; thread: ThreadView; createdAt: number }
  | { kind: 'suggestion'; suggestion: SuggestionRecord; threads: ThreadView[]; createdAt: number };

export interface PanelGroup {
  sectionKey: string;
  section: SectionRef;
  entries: PanelEntry[];
}

export const entryId = (entry: PanelEntry): string => (entry.kind === 'thread' ? entry.thread.id : entry.suggestion.id);

/**
 * What the panel lists under a filter (and optionally one section), grouped by section in
 * `sectionOrder` (the plan's order; sections not in it, i.e. deleted, come last). A thread
 * about a suggestion is shown inside the suggestion's row when that row is shown too.
 */
export function panelGroups(
  view: DiscussionView,
  options: { filter: ThreadFilter; meId: string | null; section: SectionRef | null; sectionOrder: readonly string[] },
): PanelGroup[] {
  const only = options.section ? sectionKey(options.section) : null;
  const inSection = (section: SectionRef) => only === null || sectionKey(section) === only;
  const suggestions = view.suggestions.filter(
    (suggestion) => inSection(suggestion.section) && suggestionMatches(suggestion, options.filter, options.meId),
  );
  const shownSuggestions = new Map(suggestions.map((suggestion) => [suggestion.id, suggestion]));
  const attached = new Map<string, ThreadView[]>();
  const entries: { section: SectionRef; entry: PanelEntry }[] = [];
  for (const thread of view.threads) {
    if (!inSection(thread.anchor.section) || !threadMatches(thread, options.filter, options.meId)) continue;
    if (thread.suggestionId !== null && shownSuggestions.has(thread.suggestionId)) {
      const list = attached.get(thread.suggestionId);
      if (list) list.push(thread);
      else attached.set(thread.suggestionId, [thread]);
      continue;
    }
    entries.push({ section: thread.anchor.section, entry: { kind: 'thread', thread, createdAt: thread.createdAt } });
  }
  for (const suggestion of suggestions) {
    const threads = attached.get(suggestion.id) ?? [];
    entries.push({ section: suggestion.section, entry: { kind: 'suggestion', suggestion, threads, createdAt: suggestion.createdAt } });
  }
  entries.sort((a, b) => a.entry.createdAt - b.entry.createdAt || (entryId(a.entry) < entryId(b.entry) ? -1 : 1));

  const groups = new Map<string, PanelGroup>();
  for (const { section, entry } of entries) {
    const key = sectionKey(section);
    const group = groups.get(key);
    if (group) group.entries.push(entry);
    else groups.set(key, { sectionKey: key, section, entries: [entry] });
  }
  const rank = new Map(options.sectionOrder.map((key, index) => [key, index]));
  const rankOf = (key: string) => rank.get(key) ?? Number.MAX_SAFE_INTEGER;
  return [...groups.values()].sort((a, b) => rankOf(a.sectionKey) - rankOf(b.sectionKey));
}

/** How many threads and suggestions each filter would show (the numbers beside their names). */
export function filterCounts(
  view: DiscussionView,
  meId: string | null,
  section: SectionRef | null,
): Record<ThreadFilter, number> {
  const only = section ? sectionKey(section) : null;
  const counts = { open: 0, resolved: 0, mine: 0, mentions: 0 } satisfies Record<ThreadFilter, number>;
  for (const filter of THREAD_FILTERS) {
    counts[filter] =
      view.threads.filter((thread) => (only === null || sectionKey(thread.anchor.section) === only) && threadMatches(thread, filter, meId)).length +
      view.suggestions.filter((s) => (only === null || sectionKey(s.section) === only) && suggestionMatches(s, filter, meId)).length;
  }
  return counts;
}

/**
 * The filter (and section) under which the panel lists a thread or suggestion: the current ones
 * when they list it, otherwise the one that does ("open" or "resolved", every section).
 */
export function filterShowing(
  view: DiscussionView | null,
  id: string,
  current: { filter: ThreadFilter; section: SectionRef | null },
  meId: string | null,
): { filter: ThreadFilter; section: SectionRef | null } {
  const thread = view?.threads.find((candidate) => candidate.id === id);
  const suggestion = view?.suggestions.find((candidate) => candidate.id === id);
  const section = thread?.anchor.section ?? suggestion?.section;
  if (!section) return current;
  const inSection = current.section === null || sectionKey(current.section) === sectionKey(section);
  const listed = thread ? threadMatches(thread, current.filter, meId) : suggestionMatches(suggestion!, current.filter, meId);
  if (inSection && listed) return current;
  const open = thread ? thread.resolved === null : suggestion!.status === 'open';
  return { filter: open ? 'open' : 'resolved', section: null };
}
