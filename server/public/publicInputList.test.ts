import { describe, expect, it } from 'vitest';
import type { InputRecord } from '../storage/Storage';
import { publicInputList, publicSender } from './publicInputList';

function input(fields: Partial<InputRecord>): InputRecord {
  return {
    id: 'i',
    planId: 'p',
    number: 1,
    channel: 'web',
    section: 'plan',
    sectionLabel: 'Hele planen',
    consultationId: 'closed',
    versionId: 'v',
    workshopId: null,
    text: 'Tekst',
    submitterKind: 'resident',
    organisation: '',
    name: 'Ola Nordmann',
    email: 'ola@example.org',
    namePublic: false,
    status: 'new',
    tags: ['intern'],
    duplicateOf: null,
    summary: 'intern oppsummering',
    assessment: 'intern vurdering',
    changeSection: null,
    receivedAt: Date.UTC(2026, 2, 1),
    updatedAt: 0,
    personalDataRemovedAt: null,
    ...fields,
  };
}

describe('publicInputList', () => {
  it('names organisations, and residents only when they agreed and the name is still kept', () => {
    expect(publicSender(input({}))).toBe('');
    expect(publicSender(input({ namePublic: true }))).toBe('Ola Nordmann');
    expect(publicSender(input({ namePublic: true, name: '', personalDataRemovedAt: 5 }))).toBe('');
    expect(publicSender(input({ submitterKind: 'association', organisation: 'Asker Røde Kors' }))).toBe('Asker Røde Kors');
    expect(publicSender(input({ submitterKind: 'public-body', organisation: 'Statsforvalteren' }))).toBe('Statsforvalteren');
    // A resident's organisation field is not theirs to show instead of their name.
    expect(publicSender(input({ organisation: 'Firma AS' }))).toBe('');
  });

  it('lists only closed consultations, oldest first, with nothing but the public fields', () => {
    const list = publicInputList(
      [
        input({ id: 'b', number: 2, receivedAt: Date.UTC(2026, 2, 2) }),
        input({ id: 'open', number: 3, consultationId: 'open' }),
        input({ id: 'none', number: 4, consultationId: null }),
        input({ id: 'a', number: 1, submitterKind: 'association', organisation: 'Lag' }),
      ],
      new Set(['closed']),
    );
    expect(list).toEqual([
      { reference: 'INN-2026-0001', receivedAt: Date.UTC(2026, 2, 1), sectionLabel: 'Hele planen', text: 'Tekst', submitterKind: 'association', from: 'Lag' },
      { reference: 'INN-2026-0002', receivedAt: Date.UTC(2026, 2, 2), sectionLabel: 'Hele planen', text: 'Tekst', submitterKind: 'resident', from: '' },
    ]);
    expect(JSON.stringify(list)).not.toContain('ola@example.org');
  });
});
