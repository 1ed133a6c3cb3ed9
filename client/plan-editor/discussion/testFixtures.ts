import type { MessageRecord, Person, SectionRef, SuggestionRecord } from '../../../shared/discussion/types';
import type { DiscussionView, ThreadView } from '../../../shared/discussion/view';
import { DEFAULT_DISCUSSION_SETTINGS } from '../../../shared/discussion/types';

/** Records for the panel's unit tests; only what a test names differs from the defaults. */
export const kari: Person = { id: 'user-kari', name: 'Kari Nordmann' };
export const ola: Person = { id: 'user-ola', name: 'Ola' };
export const purpose: SectionRef = { kind: 'purpose' };
export const item = (id: string): SectionRef => ({ kind: 'item', id });

export function message(overrides: Partial<MessageRecord> & { id: string; threadId: string }): MessageRecord {
  return { author: kari, createdAt: 100, body: 'Hei', mentions: [], editedAt: null, deletedAt: null, ...overrides };
}

export function thread(overrides: Partial<ThreadView> & { id: string }): ThreadView {
  const author = overrides.author ?? kari;
  const createdAt = overrides.createdAt ?? 100;
  return {
    anchor: { section: purpose, range: null },
    author,
    createdAt,
    resolved: null,
    suggestionId: null,
    provenance: null,
    activityAt: createdAt,
    messages: [message({ id: `${overrides.id}-m1`, threadId: overrides.id, author, createdAt })],
    ...overrides,
  };
}

export function suggestion(overrides: Partial<SuggestionRecord> & { id: string }): SuggestionRecord {
  return {
    section: purpose,
    change: { kind: 'insert', at: 'AAAA', text: 'ny tekst' },
    author: ola,
    createdAt: 100,
    status: 'open',
    decided: null,
    ...overrides,
  };
}

export function viewOf(threads: ThreadView[], suggestions: SuggestionRecord[] = []): DiscussionView {
  return { threads, suggestions, settings: DEFAULT_DISCUSSION_SETTINGS };
}
