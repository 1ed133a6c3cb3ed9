import { describe, expect, it } from 'vitest';
import { isUnread, latestActor, marksToSend, sectionCounts, unreadSummary } from './unread';
import { item, kari, message, ola, suggestion, thread, viewOf } from './testFixtures';

/** Kari started it at 100; Ola replied at 200. */
const replied = () =>
  thread({
    id: 't',
    activityAt: 200,
    messages: [message({ id: 'm1', threadId: 't', createdAt: 100 }), message({ id: 'm2', threadId: 't', author: ola, createdAt: 200 })],
  });

describe('unread threads', () => {
  it('is unread when something happened after what was seen, by someone else', () => {
    expect(isUnread(replied(), 100, kari.id)).toBe(true);
    expect(isUnread(replied(), undefined, kari.id)).toBe(true);
    expect(isUnread(replied(), 200, kari.id)).toBe(false);
    expect(isUnread(replied(), 250, kari.id)).toBe(false);
  });

  it("is not unread for the person who did the latest thing (their own reply, edit or resolve)", () => {
    expect(isUnread(replied(), 100, ola.id)).toBe(false);
    const edited = { ...replied(), activityAt: 300, messages: [message({ id: 'm1', threadId: 't', createdAt: 100, editedAt: 300 })] };
    expect(latestActor(edited)).toBe(kari.id);
    expect(isUnread(edited, 100, kari.id)).toBe(false);
    const resolved = { ...replied(), activityAt: 400, resolved: { by: kari, at: 400 } };
    expect(isUnread(resolved, 200, kari.id)).toBe(false);
    expect(isUnread(resolved, 200, ola.id)).toBe(true);
  });

  it('counts a reopen (which leaves no trace of who) as news for everyone', () => {
    const reopened = { ...replied(), activityAt: 500 };
    expect(latestActor(reopened)).toBeNull();
    expect(isUnread(reopened, 200, ola.id)).toBe(true);
  });

  it('shows nothing as new until the seen marks have arrived', () => {
    expect(unreadSummary([replied()], null, kari.id).total).toBe(0);
    const summary = unreadSummary([replied(), thread({ id: 'mine' }), thread({ id: 'other', author: ola, anchor: { section: item('a'), range: null } })], {}, kari.id);
    expect([...summary.ids]).toEqual(['t', 'other']);
    expect(Object.fromEntries(summary.bySection)).toEqual({ purpose: 1, 'item:a': 1 });
  });
});

describe('the counts beside the sections', () => {
  it('counts open threads, open suggestions and unread threads per section', () => {
    const view = viewOf(
      [replied(), thread({ id: 'done', resolved: { by: kari, at: 300 } }), thread({ id: 'a1', anchor: { section: item('a'), range: null } })],
      [suggestion({ id: 's1' }), suggestion({ id: 's2', status: 'rejected' }), suggestion({ id: 's3', section: item('b') })],
    );
    const unread = unreadSummary(view.threads, { t: 100 }, kari.id);
    expect(Object.fromEntries(sectionCounts(view, unread))).toEqual({
      purpose: { threads: 1, suggestions: 1, unread: 1 },
      'item:a': { threads: 1, suggestions: 0, unread: 0 },
      'item:b': { threads: 0, suggestions: 1, unread: 0 },
    });
  });
});

describe('seen marks to send', () => {
  it('sends only threads that moved on since they were seen', () => {
    expect(marksToSend([replied(), thread({ id: 'old', activityAt: 50 })], { t: 100, old: 50 })).toEqual([{ threadId: 't', at: 200 }]);
    expect(marksToSend([replied()], { t: 200 })).toEqual([]);
  });
});
