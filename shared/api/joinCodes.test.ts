import { describe, expect, it } from 'vitest';
import {
  JOIN_CODE_ALPHABET,
  JOIN_CODE_BITS,
  joinCodeFromBytes,
  normalizeJoinCode,
} from './joinCodes';

/** Small seeded generator (mulberry32), so failures can be replayed with SEED=<n>. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('join codes', () => {
  it('have at least 30 random bits in an alphabet without look-alikes', () => {
    expect(JOIN_CODE_ALPHABET).toHaveLength(32);
    expect(JOIN_CODE_BITS).toBeGreaterThanOrEqual(30);
    expect(6 * Math.log2(JOIN_CODE_ALPHABET.length)).toBeGreaterThanOrEqual(30);
    for (const char of 'ILOU') expect(JOIN_CODE_ALPHABET).not.toContain(char);
  });

  it('are shown as three symbols, a dash and three more (4K7-9QX) and cover the whole range', () => {
    expect(joinCodeFromBytes(new Uint8Array([0, 0, 0, 0]))).toBe('000-000');
    expect(joinCodeFromBytes(new Uint8Array([255, 255, 255, 255]))).toBe('ZZZ-ZZZ');
    expect(() => joinCodeFromBytes(new Uint8Array(3))).toThrow();
  });

  it('read back whatever way they are typed', () => {
    const seed = Number(process.env.SEED ?? 20_261_205);
    const random = seeded(seed);
    try {
      for (let i = 0; i < 500; i++) {
        const bytes = new Uint8Array(4).map(() => Math.floor(random() * 256));
        const code = joinCodeFromBytes(bytes);
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}$/);
        const symbols = code.replace('-', '');
        expect(normalizeJoinCode(code)).toBe(symbols);
        expect(normalizeJoinCode(code.toLowerCase())).toBe(symbols);
        expect(normalizeJoinCode(symbols)).toBe(symbols);
        expect(normalizeJoinCode(` ${code.slice(0, 3)} ${code.slice(4)} `)).toBe(symbols);
        expect(normalizeJoinCode(code.replace('-', '–'))).toBe(symbols);
      }
    } catch (error) {
      console.error(`join code test failed with SEED=${seed}`);
      throw error;
    }
  });

  it('read the letters people mistake for digits as those digits', () => {
    expect(normalizeJoinCode('o1l-iOO')).toBe('011100');
  });

  it('refuse what cannot be a code', () => {
    expect(normalizeJoinCode('')).toBeNull();
    expect(normalizeJoinCode('4K7-9Q')).toBeNull();
    expect(normalizeJoinCode('4K7-9QXX')).toBeNull();
    expect(normalizeJoinCode('4K7-9QU')).toBeNull();
    expect(normalizeJoinCode('4K7-9Q!')).toBeNull();
  });
});
