import { createHmac, timingSafeEqual } from 'node:crypto';
import { InputLimits } from '../../shared/api/inputs';

/**
 * The public form's start time, signed: `<issuedAt>.<hmac>`. The page hands one out with every
 * read; a form sent back sooner than a person can read and write (`minFillMs`) is a bot's, one
 * older than `formTokenMaxAgeMs` asks the visitor to reload, a forged one is refused. Stateless,
 * so any server on the same storage (same secret) checks any other's tokens.
 */

/** The storage secret the tokens are signed with (`storage.publicPages.secret`). */
export const FORM_TOKEN_SECRET = 'form-token';

export type FormTokenCheck = 'ok' | 'too-soon' | 'expired' | 'invalid';

function mac(secret: Uint8Array, issuedAt: number): Buffer {
  // The purpose is signed too, so a MAC made with this secret for anything else never fits.
  return createHmac('sha256', secret).update(`form-token:${issuedAt}`).digest();
}

/** A token saying the form was handed out at `issuedAt` (ms since the epoch). */
export function signFormToken(secret: Uint8Array, issuedAt: number): string {
  return `${Math.floor(issuedAt)}.${mac(secret, Math.floor(issuedAt)).toString('base64url')}`;
}

/** Whether a form sent at `now` with this token may be taken. */
export function checkFormToken(secret: Uint8Array, token: string, now: number): FormTokenCheck {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return 'invalid';
  const issuedAt = Number(match[1]);
  const given = Buffer.from(match[2]!, 'base64url');
  const expected = mac(secret, issuedAt);
  // Constant time: how much of a forged MAC matched must not show in how long the answer takes.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  const age = now - issuedAt;
  // A token from the future (another server's clock ahead) counts as just issued.
  if (age < InputLimits.minFillMs) return 'too-soon';
  if (age > InputLimits.formTokenMaxAgeMs) return 'expired';
  return 'ok';
}

/** Issues and checks tokens with the storage's secret and a clock (injected in tests). */
export class FormTokens {
  private secret: Promise<Uint8Array> | null = null;

  constructor(
    private readonly loadSecret: () => Promise<Uint8Array>,
    private readonly now: () => number = Date.now,
  ) {}

  async issue(): Promise<string> {
    return signFormToken(await this.key(), this.now());
  }

  async check(token: string): Promise<FormTokenCheck> {
    return checkFormToken(await this.key(), token, this.now());
  }

  /** Read once: the secret never changes for a storage. A failed read is retried next time. */
  private key(): Promise<Uint8Array> {
    this.secret ??= this.loadSecret().catch((error: unknown) => {
      this.secret = null;
      throw error;
    });
    return this.secret;
  }
}
