import { newToken } from '../tokens';

/** What the callback needs to check the IdP's answer against what this server asked for. */
export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** The exact redirect_uri sent to the IdP; the token request must repeat it. */
  redirectUri: string;
  returnTo: string;
}

interface Entry {
  login: PendingLogin;
  expiresAt: number;
}

/**
 * Logins between `/start` and `/callback`, keyed by an opaque random value kept in a short-lived
 * cookie, so the secrets (PKCE verifier, nonce) never leave the server. In memory: with several
 * servers behind a load balancer, the round trip must come back to the same one (sticky sessions).
 */
export class PendingLogins {
  // A Map iterates in insertion order, and every entry lives equally long: the oldest, and so the
  // first to expire, is always at the front.
  private readonly entries = new Map<string, Entry>();

  constructor(
    readonly ttlMs = 10 * 60_000,
    private readonly capacity = 10_000,
  ) {}

  add(login: PendingLogin, now = Date.now()): string {
    this.dropExpired(now);
    // Anyone may start a login, so the map is bounded: past capacity the oldest attempt goes.
    while (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
    const key = newToken();
    this.entries.set(key, { login, expiresAt: now + this.ttlMs });
    return key;
  }

  /** One use only: a replayed callback finds nothing. */
  take(key: string | undefined, now = Date.now()): PendingLogin | null {
    if (!key) return null;
    const entry = this.entries.get(key);
    if (!entry) return null;
    this.entries.delete(key);
    return entry.expiresAt > now ? entry.login : null;
  }

  get size(): number {
    return this.entries.size;
  }

  private dropExpired(now: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt > now) break;
      this.entries.delete(key);
    }
  }
}
