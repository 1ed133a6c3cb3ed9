import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import * as Y from 'yjs';
import { addFocusArea, deleteFocusArea } from '../../../shared/plan/focusAreas';
import { addStrategy } from '../../../shared/plan/strategies';
import { testTranslator } from '../../i18n/testTranslator';
import { badgeText } from './sectionBadgeText';
import { sectionDirectory, sectionLabel } from './sectionNames';
import { changedSectionName } from './sinceLastVisitText';
import { suggestionSummary } from './suggestionSummary';
import { item, suggestion } from './testFixtures';

let nb: TFunction;
let en: TFunction;
beforeAll(async () => {
  nb = await testTranslator('nb');
  en = await testTranslator('en');
});

function plan() {
  const doc = new Y.Doc();
  const school = addFocusArea(doc, { title: '  Trygg skolevei ' });
  const untitled = addFocusArea(doc);
  const first = addStrategy(doc, school)!;
  const second = addStrategy(doc, school)!;
  const later = addStrategy(doc, untitled)!;
  return { doc, school, untitled, first, second, later };
}

describe('section names', () => {
  it('names sections as the editor does, in document order', () => {
    const { doc, school, untitled, first, second, later } = plan();
    const directory = sectionDirectory(doc, nb);
    expect(directory.order).toEqual(['purpose', `item:${school}`, `item:${first}`, `item:${second}`, `item:${untitled}`, `item:${later}`]);
    expect(directory.order.map((key) => directory.byKey.get(key)?.label)).toEqual([
      'Formål',
      'Trygg skolevei',
      'Strategi 1.1',
      'Strategi 1.2',
      'Innsatsområde 2',
      'Strategi 2.1',
    ]);
    expect(sectionLabel(sectionDirectory(doc, en), item(second), en)).toBe('Strategy 1.2');
  });

  it('says a section was deleted once it is gone', () => {
    const { doc, school, first } = plan();
    deleteFocusArea(doc, school);
    const directory = sectionDirectory(doc, nb);
    expect(sectionLabel(directory, item(first), nb)).toBe('Slettet del av planen');
    expect(sectionLabel(directory, { kind: 'purpose' }, nb)).toBe('Formål');
  });

  it('names changed sections in the summary since the last visit', () => {
    const base = { sectionKey: 'k', section: null, number: null, title: '', removed: false, editors: ['Kari'] };
    expect(changedSectionName({ ...base, kind: 'title' }, nb)).toBe('Tittelen');
    expect(changedSectionName({ ...base, kind: 'area', number: '2', title: 'Helse' }, nb)).toBe('Helse');
    expect(changedSectionName({ ...base, kind: 'area', number: '2' }, nb)).toBe('Innsatsområde 2');
    expect(changedSectionName({ ...base, kind: 'strategy', number: '2.1' }, en)).toBe('Strategy 2.1');
    expect(changedSectionName({ ...base, kind: 'strategy', removed: true }, nb)).toBe('En strategi (slettet)');
  });
});

describe('short texts', () => {
  it('says what a suggestion does, cutting long text', () => {
    expect(suggestionSummary(suggestion({ id: 's', change: { kind: 'insert', at: 'A', text: 'trygg\n skolevei' } }), nb)).toBe('Sett inn «trygg skolevei»');
    const long = suggestionSummary(suggestion({ id: 's', change: { kind: 'delete', start: 'A', end: 'B', quote: 'x'.repeat(500) } }), nb);
    expect(long.startsWith('Slett «xxx')).toBe(true);
    expect(long.length).toBeLessThan(160);
    expect(long.endsWith('…»')).toBe(true);
  });

  it('counts what is open and new in a section in words, nothing when there is nothing', () => {
    expect(badgeText({ threads: 2, suggestions: 1, unread: 1 }, nb)).toBe('2 kommentarer, 1 forslag, 1 ny');
    expect(badgeText({ threads: 1, suggestions: 0, unread: 0 }, en)).toBe('1 comment');
    expect(badgeText({ threads: 0, suggestions: 0, unread: 0 }, nb)).toBe('');
  });
});
