import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from './woffToSfnt';

const require = createRequire(import.meta.url);
const file = join(
  dirname(require.resolve('@fontsource/inter/package.json')),
  'files/inter-latin-ext-400-normal.woff',
);

describe('woffToSfnt', () => {
  it('unwraps a WOFF into a TrueType font with the same tables and glyphs', () => {
    const woff = readFileSync(file);
    const ttf = woffToSfnt(woff);
    expect(ttf.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(ttf.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
    expect(ttf.length).toBe(woff.readUInt32BE(16));
    const font = create(ttf);
    expect(font.hasGlyphForCodePoint('ŋ'.codePointAt(0) ?? 0)).toBe(true);
  });

  it('refuses what is not WOFF 1.0', () => {
    expect(() => woffToSfnt(Buffer.from('wOF2\0\0\0\0'))).toThrow('not a WOFF 1.0 font');
  });
});
