import { describe, expect, it } from 'vitest';
import { purposeFragment } from '../../../shared/plan/planDoc';
import { endAt, planWithPurpose, startAt } from '../../../shared/discussion/testing';
import { suggestionState, threadAnchorStatus } from './anchorStatus';
import { item, purpose, suggestion } from './testFixtures';

describe('where a thread is anchored now', () => {
  it('shows the text as it reads now while it exists', () => {
    const { plan, texts } = planWithPurpose(['Alle barn skal ha en trygg skolevei.']);
    const text = texts[0]!;
    const anchor = { section: purpose, range: { start: startAt(text, 21), end: endAt(text, 36), quote: 'trygg skolevei.' } };
    expect(threadAnchorStatus(plan, anchor)).toEqual({ kind: 'live', text: 'trygg skolevei.' });
    text.insert(27, 'og kort ');
    expect(threadAnchorStatus(plan, anchor)).toEqual({ kind: 'live', text: 'trygg og kort skolevei.' });
  });

  it('is detached, with its old quote, once its text is deleted', () => {
    const { plan, texts } = planWithPurpose(['Alle barn skal ha en trygg skolevei.', 'Neste avsnitt.']);
    const text = texts[0]!;
    const anchor = { section: purpose, range: { start: startAt(text, 21), end: endAt(text, 36), quote: 'trygg skolevei.' } };
    text.delete(21, 15);
    expect(threadAnchorStatus(plan, anchor)).toEqual({ kind: 'detached', quote: 'trygg skolevei.' });
    purposeFragment(plan).delete(0, 1);
    expect(threadAnchorStatus(plan, anchor)).toEqual({ kind: 'detached', quote: 'trygg skolevei.' });
  });

  it('is the whole section without a range, and gone with its section', () => {
    const { plan } = planWithPurpose(['Tekst']);
    expect(threadAnchorStatus(plan, { section: purpose, range: null })).toEqual({ kind: 'whole' });
    expect(threadAnchorStatus(plan, { section: item('missing'), range: { start: 'AA', end: 'AA', quote: 'q' } })).toEqual({
      kind: 'section-gone',
      quote: 'q',
    });
  });
});

describe('what can be done with a suggestion', () => {
  it('is applicable, outdated when its text changed, lost when it is gone', () => {
    const { plan, texts } = planWithPurpose(['Alle barn skal ha en trygg skolevei.']);
    const text = texts[0]!;
    const deletion = suggestion({ id: 's', change: { kind: 'delete', start: startAt(text, 21), end: endAt(text, 27), quote: 'trygg ' } });
    expect(suggestionState(plan, deletion)).toBe('applicable');
    text.insert(23, 'XX');
    expect(suggestionState(plan, deletion)).toBe('outdated');
    text.delete(21, 8);
    expect(suggestionState(plan, deletion)).toBe('lost');
    expect(suggestionState(plan, { ...deletion, status: 'accepted' })).toBe('accepted');
  });
});
