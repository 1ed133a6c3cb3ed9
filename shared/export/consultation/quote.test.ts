import { describe, expect, it } from 'vitest';
import { paragraphsOf, QUOTE_MAX_CHARS, shortQuote } from './quote';

const length = (paragraphs: string[]) => Array.from(paragraphs.join('')).length;

describe('shortQuote', () => {
  it('keeps a short text whole, one paragraph per line', () => {
    expect(shortQuote('  Første\tlinje.\r\n\r\nAndre   linje.\n')).toEqual([
      'Første linje.',
      'Andre linje.',
    ]);
    expect(paragraphsOf('a\u0000b\n\n\nc')).toEqual(['ab', 'c']);
  });

  it('cuts a long text after a whole word, with an ellipsis, within the limit', () => {
    const words = Array.from({ length: 200 }, (_, i) => `ord${i}`).join(' ');
    const quote = shortQuote(words);
    expect(quote).toHaveLength(1);
    expect(length(quote)).toBeLessThanOrEqual(QUOTE_MAX_CHARS);
    expect(length(quote)).toBeGreaterThan(QUOTE_MAX_CHARS * 0.8);
    expect(quote[0]).toMatch(/ ord\d+…$/);
    expect(words.startsWith(quote[0]!.slice(0, -1))).toBe(true);
  });

  it('cuts mid-word only when there is no space near the end, and never inside a letter', () => {
    const quote = shortQuote('🙂'.repeat(700));
    expect(length(quote)).toBe(QUOTE_MAX_CHARS);
    expect(quote[0]).toBe(`${'🙂'.repeat(QUOTE_MAX_CHARS - 1)}…`);
  });

  it('leaves out whole paragraphs past the limit, ending the last one kept with «…»', () => {
    expect(shortQuote('aaaa\nbbbb\ncccc', 8)).toEqual(['aaaa', 'bbb…']);
    expect(shortQuote('aaaa\nbbbb', 8)).toEqual(['aaaa', 'bbbb']);
    expect(shortQuote('aaaa\nbbbb\nc', 8)).toEqual(['aaaa', 'bbb…']);
    expect(shortQuote('aaaaaaa\nbbbb', 8)).toEqual(['aaaaaaa…']);
    expect(shortQuote('')).toEqual([]);
  });
});
