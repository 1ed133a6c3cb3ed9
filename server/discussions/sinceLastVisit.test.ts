import { describe, expect, it } from 'vitest';
import type { DiscussionView, ThreadView } from '../../shared/discussion/view';
import { DEFAULT_DISCUSSION_SETTINGS, type MessageRecord, type Person, type SuggestionRecord } from '../../shared/discussion/types';
import type { PlanSnapshot } from '../../shared/plan/snapshot';
import { changedSections, sinceLastVisit, type SinceLastVisitInput } from './sinceLastVisit';

const me: Person = { id: 'user-me', name: 'Meg' };
const kari: Person = { id: 'guest-kari', name: 'Kari' };
const ola: Person = { id: 'user-ola', name: 'Ola' };
const VISIT = 1_000;

const plan: PlanSnapshot = {
  title: 'Temaplan',
  municipality: 'Asker',
  purpose: [],
  focusAreas: [
    {
      id: 'a1',
      number: '1',
      title: 'Frivillighet',
      body: [],
      strategies: [{ id: 's1', number: '1.1', body: [{ type: 'paragraph', content: [{ type: 'text', text: `Støtte ${'lag '.repeat(40)}` }] }] }],
    },
    { id: 'a2', number: '2', title: 'Møteplasser', body: [], strategies: [] },
  ],
};

function message(id: string, threadId: string, author: Person, createdAt: number, deletedAt: number | null = null): MessageRecord {
  return { id, threadId, author, createdAt, body: deletedAt ? '' : 'tekst', mentions: [], editedAt: null, deletedAt };
}

function thread(id: string, author: Person, createdAt: number, replies: MessageRecord[] = []): ThreadView {
  return {
    id,
    anchor: { section: { kind: 'item', id: 'a1' }, range: null },
    author,
    createdAt,
    resolved: null,
    suggestionId: null,
    provenance: null,
    activityAt: Math.max(createdAt, ...replies.map((m) => m.createdAt)),
    messages: [message(`${id}-m0`, id, author, createdAt), ...replies],
  };
}

function suggestion(id: string, author: Person, createdAt: number, decided: { status: 'accepted' | 'rejected'; by: Person; at: number } | null = null): SuggestionRecord {
  return {
    id,
    section: { kind: 'purpose' },
    change: { kind: 'insert', at: 'AAAA', text: 'mer' },
    author,
    createdAt,
    status: decided?.status ?? 'open',
    decided: decided ? { by: decided.by, at: decided.at } : null,
  };
}

function input(discussion: Partial<DiscussionView>, overrides: Partial<SinceLastVisitInput> = {}): SinceLastVisitInput {
  return {
    lastVisitAt: VISIT,
    me: me.id,
    mayDecide: false,
    discussion: { threads: [], suggestions: [], settings: DEFAULT_DISCUSSION_SETTINGS, ...discussion },
    editors: new Map(),
    plan,
    ...overrides,
  };
}

describe('sinceLastVisit', () => {
  it('lists threads started by others since the visit, newest first, and not the asker’s own', () => {
    const result = sinceLastVisit(
      input({ threads: [thread('old', kari, 500), thread('mine', me, 1_100), thread('t1', kari, 1_200), thread('t2', ola, 1_300)] }),
    );
    expect(result.newThreads).toEqual([
      { threadId: 't2', section: { kind: 'item', id: 'a1' }, author: ola },
      { threadId: 't1', section: { kind: 'item', id: 'a1' }, author: kari },
    ]);
    expect(result.totals.newThreads).toBe(2);
  });

  it('counts replies by others in older threads, leaving out deleted ones and new threads', () => {
    const older = thread('older', me, 500, [
      message('r1', 'older', kari, 900),
      message('r2', 'older', kari, 1_100),
      message('r3', 'older', ola, 1_200),
      message('r4', 'older', me, 1_300),
      message('r5', 'older', ola, 1_400, 1_450),
    ]);
    const quiet = thread('quiet', kari, 600, [message('q1', 'quiet', me, 1_500)]);
    const fresh = thread('fresh', kari, 1_100, [message('f1', 'fresh', ola, 1_600)]);
    const result = sinceLastVisit(input({ threads: [older, quiet, fresh] }));
    expect(result.newReplies).toEqual([{ threadId: 'older', count: 2 }]);
    expect(result.newThreads.map((t) => t.threadId)).toEqual(['fresh']);
  });

  it('shows open suggestions by others only to someone who may decide, however old', () => {
    const suggestions = [suggestion('s-old', kari, 10), suggestion('s-mine', me, 1_100), suggestion('s-new', ola, 1_200), suggestion('s-done', ola, 20, { status: 'accepted', by: me, at: 30 })];
    expect(sinceLastVisit(input({ suggestions })).suggestionsWaiting).toEqual([]);
    const waiting = sinceLastVisit(input({ suggestions }, { mayDecide: true })).suggestionsWaiting;
    expect(waiting.map((s) => s.suggestionId)).toEqual(['s-new', 's-old']);
    expect(waiting[0]).toEqual({ suggestionId: 's-new', section: { kind: 'purpose' }, author: ola });
  });

  it('tells the asker which of their suggestions others decided since, but not their own withdrawals', () => {
    const suggestions = [
      suggestion('before', me, 10, { status: 'accepted', by: kari, at: 900 }),
      suggestion('accepted', me, 20, { status: 'accepted', by: kari, at: 1_100 }),
      suggestion('rejected', me, 30, { status: 'rejected', by: ola, at: 1_200 }),
      suggestion('withdrawn', me, 40, { status: 'rejected', by: me, at: 1_300 }),
      suggestion('others', kari, 50, { status: 'rejected', by: ola, at: 1_400 }),
    ];
    expect(sinceLastVisit(input({ suggestions })).ownSuggestionsDecided).toEqual([
      { suggestionId: 'rejected', status: 'rejected', by: ola },
      { suggestionId: 'accepted', status: 'accepted', by: kari },
    ]);
  });

  it('on the first visit tells only what waits for a decision', () => {
    const result = sinceLastVisit(
      input(
        { threads: [thread('t', kari, 5, [message('r', 't', ola, 6)])], suggestions: [suggestion('s', kari, 7), suggestion('d', me, 8, { status: 'accepted', by: kari, at: 9 })] },
        { lastVisitAt: null, mayDecide: true, editors: new Map([['purpose', ['Kari']]]) },
      ),
    );
    expect(result).toMatchObject({ lastVisitAt: null, sections: [], newThreads: [], newReplies: [], ownSuggestionsDecided: [] });
    expect(result.suggestionsWaiting.map((s) => s.suggestionId)).toEqual(['s']);
  });

  it('cuts every list to the limit and says how many there were', () => {
    const threads = Array.from({ length: 5 }, (_, i) => thread(`t${i}`, kari, 1_001 + i));
    const result = sinceLastVisit(input({ threads }, { limit: 2 }));
    expect(result.newThreads.map((t) => t.threadId)).toEqual(['t4', 't3']);
    expect(result.totals.newThreads).toBe(5);
  });
});

describe('changedSections', () => {
  it('places and names changed sections in plan order, removed ones last, unknown keys left out', () => {
    const editors = new Map([
      ['strategy:gone/s9', ['Ola']],
      ['area:a2', ['Kari']],
      ['strategy:a1/s1', ['Ola', 'Kari']],
      ['purpose', ['Kari']],
      ['title', ['Ola']],
      ['area:gone', ['Ola']],
      ['somethingElse', ['Ola']],
    ]);
    const sections = changedSections(editors, plan);
    expect(sections.map((s) => s.sectionKey)).toEqual(['title', 'purpose', 'strategy:a1/s1', 'area:a2', 'strategy:gone/s9', 'area:gone']);
    expect(sections[0]).toEqual({ sectionKey: 'title', kind: 'title', section: null, number: null, title: '', removed: false, editors: ['Ola'] });
    expect(sections[1]).toMatchObject({ kind: 'purpose', section: { kind: 'purpose' } });
    expect(sections[2]).toMatchObject({ kind: 'strategy', section: { kind: 'item', id: 's1' }, number: '1.1', editors: ['Ola', 'Kari'] });
    expect(sections[2]!.title).toMatch(/^Støtte lag lag .*…$/);
    expect(sections[2]!.title.length).toBeLessThanOrEqual(80);
    expect(sections[3]).toMatchObject({ kind: 'area', number: '2', title: 'Møteplasser', removed: false });
    expect(sections[4]).toEqual({ sectionKey: 'strategy:gone/s9', kind: 'strategy', section: { kind: 'item', id: 's9' }, number: null, title: '', removed: true, editors: ['Ola'] });
    expect(sections[5]).toMatchObject({ kind: 'area', section: { kind: 'item', id: 'gone' }, removed: true });
  });
});
