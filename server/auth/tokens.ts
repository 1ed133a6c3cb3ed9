import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A secret for a link or cookie: 256 random bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored only as this hash, so a leaked database grants no access. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Compares two hashes without leaking, through timing, how much of them matched. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  // Buffer.from(…, 'hex') silently drops an odd last digit and stops at the first non-hex
  // character, so only strings that decode completely are compared.
  const complete = left.length * 2 === a.length && right.length * 2 === b.length;
  return complete && left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}
