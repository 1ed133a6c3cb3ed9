import { describe, expect, it } from 'vitest';
import { ACCEPT, attachmentProblems, claimedKind } from './attachmentCheck';

const MB = 1024 * 1024;
const file = (name: string, size = 1000, type = '') => ({ name, size, type });

describe('attachments checked in the browser', () => {
  it('accepts up to three documents and photos of at most 10 MB', () => {
    expect(
      attachmentProblems([file('brev.PDF'), file('bilde.jpeg', 10 * MB), file('notat.odt')]),
    ).toEqual([]);
  });

  it('refuses a fourth file', () => {
    const four = ['a.pdf', 'b.pdf', 'c.pdf', 'd.pdf'].map((name) => file(name));
    expect(attachmentProblems(four)).toEqual([{ kind: 'tooMany', max: 3 }]);
  });

  it('names each file that is too large or of a kind input may not attach', () => {
    expect(
      attachmentProblems([file('stor.png', 10 * MB + 1), file('tabell.xlsx'), file('x.exe')]),
    ).toEqual([
      { kind: 'tooLarge', name: 'stor.png', maxMb: 10 },
      { kind: 'wrongType', name: 'tabell.xlsx' },
      { kind: 'wrongType', name: 'x.exe' },
    ]);
  });

  it('falls back to the MIME type when the name has no known extension', () => {
    expect(claimedKind(file('skann', 1, 'application/pdf'))).toBe('pdf');
    expect(claimedKind(file('skann', 1, 'text/html'))).toBeNull();
    expect(claimedKind(file('Søknad.DOCX'))).toBe('docx');
  });

  it('offers only those kinds in the picker', () => {
    expect(ACCEPT.split(',')).toEqual(
      expect.arrayContaining(['.pdf', '.docx', '.odt', '.jpg', '.jpeg', '.png', 'application/pdf']),
    );
    expect(ACCEPT).not.toContain('xlsx');
    expect(ACCEPT).not.toContain('spreadsheet');
  });
});
