import { describe, expect, it } from 'vitest';
import { csvField, guardFormula, toCsv, UTF8_BOM } from './csv';

describe('csv', () => {
  it('quotes fields with quotes, commas and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('si "hei"')).toBe('"si ""hei"""');
    expect(csvField('to\nlinjer')).toBe('"to\nlinjer"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(12)).toBe('12');
  });

  it('starts with a BOM and ends every record with CRLF', () => {
    const csv = toCsv([
      ['Lapp', 'Stemmer'],
      ['Grønne lunger på Ås', 3],
    ]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('Lapp,Stemmer\r\nGrønne lunger på Ås,3\r\n');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    for (const text of ['=1+1', '+47 999', '-2', '@SUM(A1)', '\t=x', '\r=x']) {
      expect(guardFormula(text)).toBe(`'${text}`);
    }
    expect(guardFormula('vanlig tekst = fin')).toBe('vanlig tekst = fin');
    expect(csvField('=HYPERLINK("http://x","klikk")')).toBe(`"'=HYPERLINK(""http://x"",""klikk"")"`);
  });

  it('leaves numbers alone', () => {
    expect(csvField(0)).toBe('0');
  });
});
