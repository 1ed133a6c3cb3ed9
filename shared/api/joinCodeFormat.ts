/*
 * The pure part of join codes, without zod, so the phone's join page can read codes without
 * bundling the schemas.
 */

/**
 * Workshop join codes: a short code such as `4K7R-9QXM` that a participant types on their phone
 * at `/join`. Behind each code is an ordinary participant invitation of the plan (same expiry, use
 * count, revocation and rate limits) tied to one workshop.
 *
 * The alphabet is Crockford's base 32: digits and capitals without I, L, O and U. Eight symbols
 * carry exactly 40 random bits: 2^40 ≈ 1.1 × 10^12 codes. With up to 1,000 codes live at once and
 * the server's global cap of 100 wrong codes a minute (server/limits/JoinCodeLimits.ts), a guesser
 * expects a hit after 1.1 × 10^9 guesses, about 21 years at the cap (docs/security.md, "Limits and why").
 * Reading is forgiving: lowercase, spaces and dashes are ignored, and the letters people mistake
 * for digits (O → 0, I and L → 1) are read as those digits.
 */
export const JOIN_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const JOIN_CODE_LENGTH = 8;
/** Random bits in a code: log2(32) × 8. */
export const JOIN_CODE_BITS = 40;
/** Random bytes a code is made from: exactly its bits. */
export const JOIN_CODE_BYTES = 5;
/** Where the dash goes when a code is shown: two groups of four are read aloud easily. */
const GROUP = 4;

const ALIASES: Record<string, string> = { O: '0', I: '1', L: '1' };

/**
 * A code from 40 random bits (five bytes), shown as `4K7R-9QXM`. The caller supplies the
 * randomness (crypto on the server), so this stays pure and testable.
 */
export function joinCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < JOIN_CODE_BYTES)
    throw new Error(`a join code needs ${JOIN_CODE_BYTES} random bytes`);
  // 40 bits do not fit a 32-bit integer: take them as a BigInt.
  let bits = 0n;
  for (let i = 0; i < JOIN_CODE_BYTES; i++) bits = (bits << 8n) | BigInt(bytes[i] ?? 0);
  let symbols = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) {
    symbols = JOIN_CODE_ALPHABET.charAt(Number(bits & 31n)) + symbols;
    bits >>= 5n;
  }
  return formatJoinCode(symbols);
}

/** `4K7R9QXM` → `4K7R-9QXM`; the dash only helps reading aloud. */
export function formatJoinCode(symbols: string): string {
  return `${symbols.slice(0, GROUP)}-${symbols.slice(GROUP)}`;
}

/**
 * What someone typed, as the canonical eight symbols (no dash), or null when it cannot be a code.
 * `4k7r 9qxm`, `4K7R9QXM` and `4K7R–9QXM` all read as `4K7R9QXM`.
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
