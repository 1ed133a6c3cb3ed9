import { describe, expect, it } from 'vitest';
import { DEFAULT_DISCUSSION_SETTINGS, type SuggestionRecord } from '../../../shared/discussion/types';
import type { DiscussionView, ThreadView } from '../../../shared/discussion/view';
import { arrived, sectionMarks } from './sectionMarks';

const kari = { id: 'user-1', name: 'Kari' };
const purpose = { kind: 'purpose' } as const;
const item = { kind: 'item', id: 'fa1' } as const;

function thread(id: string, patch: Partial<ThreadView> = {}): ThreadView {
  return {
    id,
    anchor: { section: purpose, range: { start: 's', end: 'e', quote: 'q' } },
    author: kari,
    createdAt: 1,
    resolved: null,
    suggestionId: null,
    provenance: null,
    activityAt: 1,
    messages: [],
    ...patch,
  };
}

function suggestion(id: string, patch: Partial<SuggestionRecord> = {}): SuggestionRecord {
  return {
    id,
    section: purpose,
    change: { kind: 'insert', at: 'a', text: 'ny' },
    author: kari,
    createdAt: 2,
    status: 'open',
    decided: null,
    ...patch,
  };
}

const viewOf = (threads: ThreadView[], suggestions: SuggestionRecord[]): DiscussionView => ({
  threads,
  suggestions,
  settings: DEFAULT_DISCUSSION_SETTINGS,
});

describe('sectionMarks', () => {
  it('draws open ranges and open suggestions of this section only', () => {
    const view = viewOf(
      [
        thread('t1'),
        thread('t2', { resolved: { by: kari, at: 3 } }),
        thread('t3', { anchor: { section: purpose, range: null } }),
        thread('t4', { anchor: { section: item, range: { start: 's', end: 'e', quote: '' } } }),
      ],
      [
        suggestion('s1'),
        suggestion('s2', { status: 'accepted' }),
        suggestion('s3', { section: item }),
        suggestion('s4', { change: { kind: 'delete', start: 'x', end: 'y', quote: 'old' } }),
      ],
    );
    const marks = sectionMarks(view, purpose, [], null);
    expect(marks.map((mark) => `${mark.kind}:${mark.id}`)).toEqual(['comment:t1', 'insert:s1', 'delete:s4']);
    expect(marks[1]).toMatchObject({ at: 'a', text: 'ny', author: kari, createdAt: 2 });
    expect(marks[2]).toMatchObject({ start: 'x', end: 'y' });
  });

  it('marks the active thread, and the suggestion a chosen thread is about', () => {
    const view = viewOf([thread('t1'), thread('t2', { suggestionId: 's1' })], [suggestion('s1'), suggestion('s2')]);
    expect(sectionMarks(view, purpose, [], 't1').filter((mark) => mark.active).map((mark) => mark.id)).toEqual(['t1']);
    expect(sectionMarks(view, purpose, [], 't2').filter((mark) => mark.active).map((mark) => mark.id)).toEqual(['s1']);
    expect(sectionMarks(view, purpose, [], 's2').filter((mark) => mark.active).map((mark) => mark.id)).toEqual(['s2']);
  });

  it('draws parts on their way until the view holds them', () => {
    const sending = [{ id: 'p1', change: { kind: 'insert' as const, at: 'a', text: 'x' } }];
    const before = viewOf([], []);
    expect(sectionMarks(before, purpose, sending, null)).toEqual([
      { kind: 'insert', id: 'p1', at: 'a', text: 'x', author: null, createdAt: null, active: false },
    ]);
    expect(arrived(before, sending)).toBe(false);
    const after = viewOf([], [suggestion('p1', { change: { kind: 'insert', at: 'a', text: 'x' } })]);
    expect(sectionMarks(after, purpose, sending, null)).toMatchObject([{ id: 'p1', author: kari }]);
    expect(arrived(after, sending)).toBe(true);
  });

  it('draws only what is on its way when there is no view yet', () => {
    expect(sectionMarks(null, purpose, [], null)).toEqual([]);
  });
});
