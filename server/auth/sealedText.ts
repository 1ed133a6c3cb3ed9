import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Short secrets the server must read back later (a workshop's join code), stored sealed with
 * AES-256-GCM under a server secret. The secret lives in the same database (its secrets table),
 * so this guards a leaked row or table (a log line, a partial export), not a full copy of the
 * database — acceptable for a code that lives hours and only lets people take part. A sealed
 * value is bound to its `context` (e.g. the workshop id), so it cannot be moved to another row
 * and opened there. Format: `v1.<base64url(iv ‖ tag ‖ ciphertext)>`.
 */

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

function checkKey(key: Uint8Array): void {
  if (key.length !== KEY_BYTES) throw new Error(`a sealing key has ${KEY_BYTES} bytes`);
}

export function sealText(key: Uint8Array, text: string, context: string): string {
  checkKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

/** The text, or null when the value was not sealed with this key for this context (or is damaged). */
export function openSealedText(key: Uint8Array, sealed: string, context: string): string | null {
  checkKey(key);
  const [version, payload, ...rest] = sealed.split('.');
  if (version !== VERSION || payload === undefined || rest.length > 0) return null;
  const bytes = Buffer.from(payload, 'base64url');
  if (bytes.length < IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    // Wrong key, wrong context or altered bytes: GCM's tag does not match.
    return null;
  }
}
