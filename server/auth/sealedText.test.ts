import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openSealedText, sealText } from './sealedText';

const key = new Uint8Array(randomBytes(32));

describe('sealed text', () => {
  it('opens with the key and context it was sealed with, and hides the text', () => {
    const sealed = sealText(key, '4K7R-9QXM', 'join-code:w1');
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain('4K7R');
    expect(openSealedText(key, sealed, 'join-code:w1')).toBe('4K7R-9QXM');
  });

  it('seals the same text differently each time (a fresh nonce)', () => {
    expect(sealText(key, 'ABCD-EFGH', 'c')).not.toBe(sealText(key, 'ABCD-EFGH', 'c'));
  });

  it('refuses another key, another context and altered bytes', () => {
    const sealed = sealText(key, 'ABCD-EFGH', 'join-code:w1');
    expect(openSealedText(new Uint8Array(randomBytes(32)), sealed, 'join-code:w1')).toBeNull();
    expect(openSealedText(key, sealed, 'join-code:w2')).toBeNull();
    const bytes = Buffer.from(sealed.slice(3), 'base64url');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    expect(openSealedText(key, `v1.${bytes.toString('base64url')}`, 'join-code:w1')).toBeNull();
    expect(openSealedText(key, 'v2.AAAA', 'join-code:w1')).toBeNull();
    expect(openSealedText(key, 'v1.AAAA', 'join-code:w1')).toBeNull();
    expect(openSealedText(key, 'nonsense', 'join-code:w1')).toBeNull();
  });

  it('needs a 32-byte key', () => {
    expect(() => sealText(new Uint8Array(16), 'x', 'c')).toThrow();
  });
});
