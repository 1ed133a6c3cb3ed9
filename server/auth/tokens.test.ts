import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { hashToken, newToken, sameHash } from './tokens';

describe('tokens', () => {
  it('newToken gives 256 random bits as URL-safe base64 without padding', () => {
    const token = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
  });

  it('newToken never repeats', () => {
    const tokens = new Set(Array.from({ length: 1_000 }, () => newToken()));
    expect(tokens.size).toBe(1_000);
  });

  it('hashToken is a stable SHA-256 in lower-case hex', () => {
    const token = newToken();
    const hash = hashToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).toBe(hash);
    expect(hash).toBe(createHash('sha256').update(token).digest('hex'));
    // A known vector, so a change of algorithm or encoding (which would orphan every stored
    // session and invite) cannot slip through.
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashToken differs for tokens one character apart', () => {
    expect(hashToken('token-a')).not.toBe(hashToken('token-b'));
  });

  describe('sameHash', () => {
    it('is true for equal hashes', () => {
      const hash = hashToken(newToken());
      expect(sameHash(hash, hash)).toBe(true);
      expect(sameHash(hash, `${hash}`.slice(0))).toBe(true);
    });

    it('is false for different hashes of the same length', () => {
      expect(sameHash(hashToken('a'), hashToken('b'))).toBe(false);
      const hash = hashToken('a');
      const lastChanged = hash.slice(0, -1) + (hash.endsWith('0') ? '1' : '0');
      expect(sameHash(hash, lastChanged)).toBe(false);
    });

    it('is false for different lengths', () => {
      const hash = hashToken('a');
      expect(sameHash(hash, hash.slice(0, 62))).toBe(false);
      expect(sameHash(hash.slice(0, 62), hash)).toBe(false);
      expect(sameHash(hash, `${hash}00`)).toBe(false);
    });

    it('is false when one side is empty, or both', () => {
      const hash = hashToken('a');
      expect(sameHash('', hash)).toBe(false);
      expect(sameHash(hash, '')).toBe(false);
      expect(sameHash('', '')).toBe(false);
    });

    it('does not treat strings as equal because their hex decodings are', () => {
      // Buffer.from(…, 'hex') drops an odd last digit and stops at the first non-hex character,
      // so these pairs decode to the same bytes although they are different strings.
      expect(sameHash('abc', 'ab')).toBe(false);
      expect(sameHash('abc', 'abd')).toBe(false);
      expect(sameHash('ab', 'abzz')).toBe(false);
      expect(sameHash('zz', 'zz')).toBe(false);
      const hash = hashToken('a');
      expect(sameHash(hash, `${hash}x`)).toBe(false);
    });
  });
});
