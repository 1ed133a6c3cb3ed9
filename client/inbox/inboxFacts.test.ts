import { describe, expect, it } from 'vitest';
import type { InputItem } from '../../shared/api/inputs';
import { arrivedSince, inboxCounts, organisationsOf, sectionsOf } from './inboxFacts';

function input(id: string, fields: Partial<InputItem> = {}): InputItem {
  return {
    id,
    reference: `INN-2026-${id}`,
    receivedAt: 0,
    channel: 'web',
    section: 'plan',
    sectionLabel: 'Hele planen',
    consultationId: null,
    versionId: null,
    workshopId: null,
    text: 'tekst',
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
    ...fields,
  };
}

describe('facts about the inbox', () => {
  it('counts all input and the new ones', () => {
    const inputs = [
      input('1'),
      input('2', { status: 'assessed' }),
      input('3', { status: 'in-progress' }),
      input('4'),
    ];
    expect(inboxCounts(inputs)).toEqual({ total: 4, fresh: 2 });
    expect(inboxCounts([])).toEqual({ total: 0, fresh: 0 });
  });

  it('lists each organisation once, in Norwegian order', () => {
    const inputs = [
      input('1', { organisation: 'Øvre Asker vel' }),
      input('2', { organisation: 'Asker idrettsråd ' }),
      input('3', { organisation: 'Asker idrettsråd' }),
      input('4', { organisation: 'Åsane lag' }),
      input('5', { organisation: 'Zeta' }),
      input('6'),
    ];
    expect(organisationsOf(inputs, 'nb')).toEqual([
      'Asker idrettsråd',
      'Zeta',
      'Øvre Asker vel',
      'Åsane lag',
    ]);
  });

  it('lists each section once, the whole plan first, numbers in number order', () => {
    const inputs = [
      input('1', { section: 'st:b', sectionLabel: 'Strategi 1.10' }),
      input('2', { section: 'st:a', sectionLabel: 'Strategi 1.2' }),
      input('3', { section: 'st:a', sectionLabel: 'Strategi 1.1 (eldre)' }),
      input('4', { section: 'plan', sectionLabel: 'Hele planen' }),
    ];
    expect(sectionsOf(inputs, 'nb')).toEqual([
      { key: 'plan', label: 'Hele planen' },
      { key: 'st:a', label: 'Strategi 1.2' },
      { key: 'st:b', label: 'Strategi 1.10' },
    ]);
  });

  it('finds what arrived since the last read', () => {
    const before = [input('1'), input('2')];
    const after = [input('3'), input('1', { status: 'assessed' }), input('2')];
    expect(arrivedSince(before, after).map((item) => item.id)).toEqual(['3']);
    expect(arrivedSince(after, before)).toEqual([]);
  });
});
