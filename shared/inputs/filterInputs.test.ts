import { describe, expect, it } from 'vitest';
import type { InputItem } from '../api/inputs';
import { filterInputs, searchWords, tagsInUse } from './filterInputs';

function input(overrides: Partial<InputItem>): InputItem {
  return {
    id: 'i',
    reference: 'INN-2026-0001',
    receivedAt: 0,
    channel: 'web',
    section: 'plan',
    sectionLabel: 'Hele planen',
    consultationId: null,
    versionId: null,
    workshopId: null,
    text: '',
    submitterKind: 'resident',
    organisation: '',
    name: '',
    email: '',
    namePublic: false,
    personalDataRemoved: false,
    attachments: [],
    status: 'new',
    tags: [],
    duplicateOf: null,
    summary: '',
    assessment: '',
    changeSection: null,
    updatedAt: 0,
    ...overrides,
  };
}

const inputs = [
  input({
    id: 'a',
    text: 'Flere møteplasser for eldre på Heggedal',
    section: 'fa:f1',
    tags: ['Møteplasser'],
  }),
  input({
    id: 'b',
    text: 'Vi ønsker gratis lokaler',
    submitterKind: 'association',
    organisation: 'Asker Frivilligsentral',
    status: 'assessed',
    section: 'st:s1',
    consultationId: 'c1',
    tags: ['lokaler'],
  }),
  input({
    id: 'c',
    text: 'Busstilbudet',
    name: 'Kari Nordmann',
    reference: 'INN-2026-0003',
    assessment: 'Tas inn i strategi 1.2',
  }),
  input({
    id: 'd',
    text: 'Café for ungdom, idéer fra elevrådet',
    summary: 'Ønske om ungdomskafé',
    status: 'in-progress',
    tags: ['ungdom'],
  }),
];
const ids = (query: Parameters<typeof filterInputs>[1]) =>
  filterInputs(inputs, query).map((i) => i.id);

describe('filterInputs', () => {
  it('returns everything without filters, in the order given', () => {
    expect(ids({})).toEqual(['a', 'b', 'c', 'd']);
    expect(ids({ q: '   ' })).toEqual(['a', 'b', 'c', 'd']);
  });

  it('filters by each field', () => {
    expect(ids({ section: 'fa:f1' })).toEqual(['a']);
    expect(ids({ submitterKind: 'association' })).toEqual(['b']);
    expect(ids({ organisation: 'asker frivilligsentral' })).toEqual(['b']);
    expect(ids({ organisation: 'Asker' })).toEqual([]);
    expect(ids({ status: 'in-progress' })).toEqual(['d']);
    expect(ids({ tag: 'møteplasser' })).toEqual(['a']);
    expect(ids({ consultationId: 'c1' })).toEqual(['b']);
  });

  it('ANDs filters together', () => {
    expect(ids({ status: 'assessed', submitterKind: 'association' })).toEqual(['b']);
    expect(ids({ status: 'assessed', submitterKind: 'resident' })).toEqual([]);
    expect(ids({ q: 'lokaler', tag: 'ungdom' })).toEqual([]);
  });

  it('searches every word, without case or accents, in text, organisation, name, reference, summary, assessment and tags', () => {
    expect(ids({ q: 'MØTEPLASSER eldre' })).toEqual(['a']);
    expect(ids({ q: 'møteplasser ungdom' })).toEqual([]);
    expect(ids({ q: 'frivilligsentral' })).toEqual(['b']);
    expect(ids({ q: 'kari' })).toEqual(['c']);
    expect(ids({ q: 'inn-2026-0003' })).toEqual(['c']);
    expect(ids({ q: 'strategi 1.2' })).toEqual(['c']);
    expect(ids({ q: 'ungdomskafe' })).toEqual(['d']);
    expect(ids({ q: 'cafe' })).toEqual(['d']);
    // Accents inside a word, on either side of the search.
    expect(ids({ q: 'ideer' })).toEqual(['d']);
    expect(ids({ q: 'bussTILBÚDET' })).toEqual(['c']);
    expect(ids({ q: 'lokaler' })).toEqual(['b']);
  });

  it('does not let a word span two fields', () => {
    const joined = [input({ id: 'x', text: 'abc', organisation: 'def' })];
    expect(filterInputs(joined, { q: 'abcdef' })).toEqual([]);
    expect(filterInputs(joined, { q: 'abc def' }).map((i) => i.id)).toEqual(['x']);
  });
});

describe('searchWords and tagsInUse', () => {
  it('splits on any white space', () => {
    expect(searchWords('  Eldre\tog\nMøteplasser ')).toEqual(['eldre', 'og', 'møteplasser']);
  });

  it('lists each tag once, sorted', () => {
    const tagged = [input({ tags: ['Ungdom', 'eldre'] }), input({ tags: ['ungdom', 'Åpne'] })];
    expect(tagsInUse(tagged)).toEqual(['eldre', 'Ungdom', 'Åpne']);
  });
});
