/*
 * The pure part of join codes, without zod, so the phone's join page can read codes without
 * bundling the schemas.
 */

/**
 * Workshop join codes: a short code such as `4K7-9QX` that a participant types on their phone at
 * `/join`. Behind each code is an ordinary participant invitation of the plan (same expiry, use
 * count, revocation and rate limits) tied to one workshop.
 *
 * The alphabet is Crockford's base 32: digits and capitals without I, L, O and U. Six symbols
 * carry exactly 30 random bits. Reading is forgiving: lowercase, spaces and dashes are ignored,
 * and the letters people mistake for digits (O → 0, I and L → 1) are read as those digits.
 */
export const JOIN_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const JOIN_CODE_LENGTH = 6;
/** Random bits in a code: log2(32) × 6. */
export const JOIN_CODE_BITS = 30;

const ALIASES: Record<string, string> = { O: '0', I: '1', L: '1' };

/**
 * A code from 30 random bits (the low 30 bits of the first four bytes), shown as `4K7-9QX`. The
 * caller supplies the randomness (crypto on the server), so this stays pure and testable.
 */
export function joinCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < 4) throw new Error('a join code needs 4 random bytes');
  let bits =
    (((bytes[0] ?? 0) << 24) |
      ((bytes[1] ?? 0) << 16) |
      ((bytes[2] ?? 0) << 8) |
      (bytes[3] ?? 0)) >>>
    2;
  let symbols = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) {
    symbols = JOIN_CODE_ALPHABET.charAt(bits & 31) + symbols;
    bits >>>= 5;
  }
  return formatJoinCode(symbols);
}

/** `4K79QX` → `4K7-9QX`; the dash only helps reading aloud. */
export function formatJoinCode(symbols: string): string {
  return `${symbols.slice(0, 3)}-${symbols.slice(3)}`;
}

/**
 * What someone typed, as the canonical six symbols (no dash), or null when it cannot be a code.
 * `4k7 9qx`, `4K79QX` and `4K7–9QX` all read as `4K79QX`.
 */
export function normalizeJoinCode(typed: string): string | null {
  const symbols = typed
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—_.]/g, '')
    .split('')
    .map((char) => ALIASES[char] ?? char)
    .join('');
  if (symbols.length !== JOIN_CODE_LENGTH) return null;
  for (const char of symbols) if (!JOIN_CODE_ALPHABET.includes(char)) return null;
  return symbols;
}
