import { describe, expect, it } from 'vitest';
import { segments } from './pdfFonts';

const files = (text: string, style: Parameters<typeof segments>[1] = 'regular') =>
  segments(text, style).map((segment) => [segment.font.script, segment.text]);

describe('segments', () => {
  it('sets Norwegian text in the latin file, in one piece', () => {
    expect(files('Blåbærsyltetøy – «Æ Ø Å»')).toEqual([['latin', 'Blåbærsyltetøy – «Æ Ø Å»']]);
  });

  it('sets Sami letters in the file that has them, spaces staying with the run', () => {
    expect(files('Sámi čđŋ og ŧž', 'boldItalic')).toEqual([
      ['latin', 'Sámi '],
      ['latin-ext', 'čđŋ '],
      ['latin', 'og '],
      ['latin-ext', 'ŧž'],
    ]);
  });

  it('replaces characters no file has, since PDF/A forbids the .notdef glyph', () => {
    expect(files('a漢😀b')).toEqual([['latin', 'a??b']]);
  });
});
