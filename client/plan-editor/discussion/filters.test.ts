import { describe, expect, it } from 'vitest';
import { entryId, filterCounts, filterShowing, panelGroups, type ThreadFilter } from './filters';
import { item, kari, message, ola, purpose, suggestion, thread, viewOf } from './testFixtures';

const order = ['purpose', 'item:a', 'item:s1'];
const ids = (filter: ThreadFilter, meId: string | null, view = sample()) =>
  panelGroups(view, { filter, meId, section: null, sectionOrder: order }).map((group) => [group.sectionKey, group.entries.map(entryId)]);

function sample() {
  return viewOf(
    [
      thread({ id: 't-open', anchor: { section: item('s1'), range: null }, createdAt: 10 }),
      thread({ id: 't-resolved', resolved: { by: ola, at: 50 }, createdAt: 20 }),
      thread({
        id: 't-mention',
        author: ola,
        anchor: { section: item('a'), range: null },
        createdAt: 30,
        messages: [message({ id: 'm', threadId: 't-mention', author: ola, body: 'Hva mener du, @Kari Nordmann?', mentions: [kari.id] })],
      }),
      thread({ id: 't-gone', anchor: { section: item('deleted'), range: null }, createdAt: 5 }),
    ],
    [
      suggestion({ id: 's-open', createdAt: 15 }),
      suggestion({ id: 's-mine', author: kari, section: item('a'), status: 'accepted', decided: { by: ola, at: 60 }, createdAt: 25 }),
    ],
  );
}

describe('the panel under each filter', () => {
  it('lists open threads and suggestions by section in plan order, deleted sections last', () => {
    expect(ids('open', kari.id)).toEqual([
      ['purpose', ['s-open']],
      ['item:a', ['t-mention']],
      ['item:s1', ['t-open']],
      ['item:deleted', ['t-gone']],
    ]);
  });

  it('lists resolved threads with decided suggestions', () => {
    expect(ids('resolved', kari.id)).toEqual([
      ['purpose', ['t-resolved']],
      ['item:a', ['s-mine']],
    ]);
  });

  it('lists what the person started or wrote in as "mine", and only what names them as "mentions"', () => {
    expect(ids('mine', kari.id).flatMap(([, entries]) => entries)).toEqual(['t-resolved', 's-mine', 't-open', 't-gone']);
    expect(ids('mentions', kari.id)).toEqual([['item:a', ['t-mention']]]);
    expect(ids('mentions', ola.id)).toEqual([]);
    expect(ids('mine', null)).toEqual([]);
  });

  it('does not count a deleted message as a mention', () => {
    const view = viewOf([
      thread({
        id: 't',
        author: ola,
        messages: [message({ id: 'm', threadId: 't', author: ola, mentions: [kari.id], body: '', deletedAt: 40 })],
      }),
    ]);
    expect(ids('mentions', kari.id, view)).toEqual([]);
  });

  it('shows a thread about a suggestion inside the suggestion, or alone when the suggestion is filtered out', () => {
    const view = viewOf(
      [thread({ id: 't-about', suggestionId: 's', author: kari })],
      [suggestion({ id: 's', author: ola })],
    );
    const groups = panelGroups(view, { filter: 'open', meId: kari.id, section: null, sectionOrder: order });
    expect(groups[0]?.entries).toMatchObject([{ kind: 'suggestion', suggestion: { id: 's' }, threads: [{ id: 't-about' }] }]);
    const mine = panelGroups(view, { filter: 'mine', meId: kari.id, section: null, sectionOrder: order });
    expect(mine[0]?.entries).toMatchObject([{ kind: 'thread', thread: { id: 't-about' } }]);
  });

  it('narrows to one section', () => {
    const groups = panelGroups(sample(), { filter: 'open', meId: kari.id, section: item('s1'), sectionOrder: order });
    expect(groups.map((group) => group.sectionKey)).toEqual(['item:s1']);
  });

  it('counts what each filter holds', () => {
    expect(filterCounts(sample(), kari.id, null)).toEqual({ open: 3 + 1, resolved: 2, mine: 4, mentions: 1 });
    expect(filterCounts(sample(), kari.id, purpose)).toEqual({ open: 1, resolved: 1, mine: 1, mentions: 0 });
  });
});

describe('the filter that shows a chosen thread', () => {
  it('keeps the current filter when it lists the thread, and switches when it does not', () => {
    const view = sample();
    const current = { filter: 'mine' as const, section: null };
    expect(filterShowing(view, 't-open', current, kari.id)).toBe(current);
    expect(filterShowing(view, 't-mention', current, kari.id)).toEqual({ filter: 'open', section: null });
    expect(filterShowing(view, 't-resolved', { filter: 'open', section: null }, kari.id)).toEqual({ filter: 'resolved', section: null });
    expect(filterShowing(view, 's-open', { filter: 'open', section: item('a') }, kari.id)).toEqual({ filter: 'open', section: null });
    expect(filterShowing(view, 'unknown', current, kari.id)).toBe(current);
  });
});
