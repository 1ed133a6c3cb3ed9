import type Database from 'better-sqlite3';
import type { PendingLoginRecord, PendingLoginStorage } from '../Storage';
import { run } from './run';
import { toPendingLoginRecord, type PendingLoginRow } from '../rows/pendingLogins';

export class SqlitePendingLogins implements PendingLoginStorage {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      insert: db.prepare<[string, string, string, string, string, string, number]>(
        `INSERT INTO oidc_pending_logins (key_hash, state, nonce, code_verifier, redirect_uri, return_to, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      // Delete and read in one statement: two callbacks with the same key cannot both get it.
      take: db.prepare<[string], PendingLoginRow>('DELETE FROM oidc_pending_logins WHERE key_hash = ? RETURNING *'),
      purge: db.prepare<[number]>('DELETE FROM oidc_pending_logins WHERE expires_at <= ?'),
    };
  }

  add(l: PendingLoginRecord): Promise<void> {
    return run(() => void this.s.insert.run(l.keyHash, l.state, l.nonce, l.codeVerifier, l.redirectUri, l.returnTo, l.expiresAt));
  }

  take(keyHash: string, now: number): Promise<PendingLoginRecord | null> {
    return run(() => {
      const row = this.s.take.get(keyHash);
      return row && row.expires_at > now ? toPendingLoginRecord(row) : null;
    });
  }

  purgeExpired(now: number): Promise<void> {
    return run(() => void this.s.purge.run(now));
  }
}
