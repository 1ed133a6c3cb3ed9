import type pg from 'pg';
import type { PendingLoginRecord, PendingLoginStorage } from '../Storage';
import { one } from './db';
import { toPendingLoginRecord, type PendingLoginRow } from '../rows/pendingLogins';

export class PostgresPendingLogins implements PendingLoginStorage {
  constructor(private readonly pool: pg.Pool) {}

  async add(l: PendingLoginRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO oidc_pending_logins (key_hash, state, nonce, code_verifier, redirect_uri, return_to, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [l.keyHash, l.state, l.nonce, l.codeVerifier, l.redirectUri, l.returnTo, l.expiresAt],
    );
  }

  async take(keyHash: string, now: number): Promise<PendingLoginRecord | null> {
    // Delete and read in one statement: two callbacks with the same key cannot both get it.
    const row = await one<PendingLoginRow>(this.pool, 'DELETE FROM oidc_pending_logins WHERE key_hash = $1 RETURNING *', [keyHash]);
    return row && row.expires_at > now ? toPendingLoginRecord(row) : null;
  }

  async purgeExpired(now: number): Promise<void> {
    await this.pool.query('DELETE FROM oidc_pending_logins WHERE expires_at <= $1', [now]);
  }
}
