import type { PendingLoginStorage } from '../../storage/Storage';
import { hashToken, newToken } from '../tokens';

/** What the callback needs to check the IdP's answer against what this server asked for. */
export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** The exact redirect_uri sent to the IdP; the token request must repeat it. */
  redirectUri: string;
  returnTo: string;
}

/** Expired logins are swept at most this often (by whichever server starts a login). */
const PURGE_EVERY_MS = 60_000;

/**
 * Logins between `/start` and `/callback`, keyed by an opaque random value kept in a short-lived
 * cookie, so the secrets (PKCE verifier, nonce) never leave the server side. In storage (only the
 * key's hash), so with several servers behind a load balancer the callback may reach any of them.
 */
export class PendingLogins {
  private lastPurge = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly storage: PendingLoginStorage,
    readonly ttlMs = 10 * 60_000,
  ) {}

  async add(login: PendingLogin, now = Date.now()): Promise<string> {
    if (now - this.lastPurge >= PURGE_EVERY_MS) {
      this.lastPurge = now;
      await this.storage.purgeExpired(now);
    }
    const key = newToken();
    await this.storage.add({ keyHash: hashToken(key), ...login, expiresAt: now + this.ttlMs });
    return key;
  }

  /** One use only: a replayed callback finds nothing. */
  async take(key: string | undefined, now = Date.now()): Promise<PendingLogin | null> {
    if (!key) return null;
    const found = await this.storage.take(hashToken(key), now);
    if (!found) return null;
    return {
      state: found.state,
      nonce: found.nonce,
      codeVerifier: found.codeVerifier,
      redirectUri: found.redirectUri,
      returnTo: found.returnTo,
    };
  }
}
