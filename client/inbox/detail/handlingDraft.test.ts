import { describe, expect, it } from 'vitest';
import type { InputItem } from '../../../shared/api/inputs';
import { changesOf, draftOf, isDirty, referencesOf } from './handlingDraft';

const base: InputItem = {
  id: 'i1',
  reference: 'INN-2026-0001',
  receivedAt: 0,
  channel: 'web',
  section: 'st:s1',
  sectionLabel: 'Strategi 1.1',
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
  tags: ['idrett'],
  duplicateOf: null,
  summary: 'Kort',
  assessment: '',
  changeSection: null,
  updatedAt: 0,
};
const references = referencesOf([base, { id: 'i2', reference: 'INN-2026-0002' }]);

describe('the handling form’s changes', () => {
  it('sends nothing for an untouched draft', () => {
    const draft = draftOf(base, references);
    expect(changesOf(base, draft, references)).toEqual({ ok: true, body: {} });
    expect(isDirty(base, draft, references)).toBe(false);
  });

  it('sends only what changed, texts trimmed', () => {
    const draft = {
      ...draftOf(base, references),
      status: 'assessed' as const,
      tags: ['idrett', 'lys'],
      summary: ' Kort ',
      assessment: ' Tas til følge.\n',
      changeSection: 'st:s2' as const,
      duplicateOf: 'inn-2026-0002 ',
    };
    expect(changesOf(base, draft, references)).toEqual({
      ok: true,
      body: {
        status: 'assessed',
        tags: ['idrett', 'lys'],
        assessment: 'Tas til følge.',
        changeSection: 'st:s2',
        duplicateOf: 'i2',
      },
    });
  });

  it('clears a duplicate mark and a change section', () => {
    const marked = { ...base, duplicateOf: 'i2', changeSection: 'plan' as const };
    const draft = { ...draftOf(marked, references), duplicateOf: '', changeSection: null };
    expect(draftOf(marked, references).duplicateOf).toBe('INN-2026-0002');
    expect(changesOf(marked, draft, references)).toEqual({
      ok: true,
      body: { duplicateOf: null, changeSection: null },
    });
  });

  it('refuses an unknown reference and the input itself', () => {
    const draft = draftOf(base, references);
    expect(changesOf(base, { ...draft, duplicateOf: 'INN-2026-0099' }, references)).toEqual({
      ok: false,
      problem: 'unknownDuplicate',
    });
    expect(changesOf(base, { ...draft, duplicateOf: 'INN-2026-0001' }, references)).toEqual({
      ok: false,
      problem: 'selfDuplicate',
    });
    expect(isDirty(base, { ...draft, duplicateOf: 'x' }, references)).toBe(true);
  });
});
