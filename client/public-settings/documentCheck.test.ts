import { describe, expect, it } from 'vitest';
import { FileLimits } from '../../shared/public/fileKinds';
import { checkDocument, DOCUMENT_ACCEPT } from './documentCheck';

describe('checkDocument', () => {
  it('accepts the four document kinds by name or by claimed type', () => {
    for (const name of ['rapport.pdf', 'Notat.DOCX', 'x.odt', 'tall.xlsx'])
      expect(checkDocument({ name, type: '', size: 10 })).toBeNull();
    expect(checkDocument({ name: 'uten-endelse', type: 'application/pdf', size: 10 })).toBeNull();
  });

  it('refuses other kinds, empty files and files over 20 MB', () => {
    expect(checkDocument({ name: 'bilde.png', type: 'image/png', size: 10 })).toBe('wrong-type');
    expect(checkDocument({ name: 'side.html', type: 'text/html', size: 10 })).toBe('wrong-type');
    expect(checkDocument({ name: 'tom.pdf', type: 'application/pdf', size: 0 })).toBe('empty');
    expect(
      checkDocument({ name: 'stor.pdf', type: '', size: FileLimits.knowledgeMaxBytes }),
    ).toBeNull();
    expect(
      checkDocument({ name: 'stor.pdf', type: '', size: FileLimits.knowledgeMaxBytes + 1 }),
    ).toBe('too-large');
  });

  it('lists every accepted extension for the file picker', () => {
    expect(DOCUMENT_ACCEPT.split(',')).toEqual(
      expect.arrayContaining(['.pdf', '.docx', '.odt', '.xlsx']),
    );
  });
});
