import type pg from 'pg';
import {
  SETUP_TOKEN_TTL_MS,
  type AccountStorage,
  type FirstAdminResult,
  type PasswordResetRecord,
  type PasswordResetResult,
  type SessionRecord,
  type UserRecord,
} from '../Storage';
import { lockForTransaction, one, rows, transaction, type Queryable } from './db';
import {
  toPasswordResetRecord,
  toSessionRecord,
  toUserRecord,
  type PasswordResetRow,
  type SessionRow,
  type UserRow,
} from '../rows/accounts';

/** Serialises issuing setup tokens and creating the first administrator across servers. */
const SETUP_LOCK = 'setup';

const USER_COLUMNS = 'id, email, name, password_hash, is_admin, created_at, presence_color';

async function insertUser(db: Queryable, user: UserRecord): Promise<void> {
  await db.query(
    `INSERT INTO users (id, email, name, password_hash, is_admin, created_at, presence_color)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [user.id, user.email.toLowerCase(), user.name, user.passwordHash, user.isAdmin, user.createdAt, user.presenceColor ?? null],
  );
}

export class PostgresAccounts implements AccountStorage {
  constructor(private readonly pool: pg.Pool) {}

  async countUsers(): Promise<number> {
    return (await one<{ n: number }>(this.pool, 'SELECT count(*) AS n FROM users'))?.n ?? 0;
  }

  async listUsers(): Promise<UserRecord[]> {
    // COLLATE "C": the byte order SQLite sorts by, whatever the database's locale.
    return (await rows<UserRow>(this.pool, `SELECT ${USER_COLUMNS} FROM users ORDER BY name COLLATE "C"`)).map(toUserRecord);
  }

  async createUser(user: UserRecord): Promise<void> {
    await insertUser(this.pool, user);
  }

  async getUser(id: string): Promise<UserRecord | null> {
    const row = await one<UserRow>(this.pool, `SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
    return row ? toUserRecord(row) : null;
  }

  async getUserByEmail(email: string): Promise<UserRecord | null> {
    const row = await one<UserRow>(this.pool, `SELECT ${USER_COLUMNS} FROM users WHERE email = $1`, [email.toLowerCase()]);
    return row ? toUserRecord(row) : null;
  }

  async getUserByOidc(issuer: string, subject: string): Promise<UserRecord | null> {
    const row = await one<UserRow>(
      this.pool,
      `SELECT ${USER_COLUMNS} FROM users WHERE oidc_issuer = $1 AND oidc_subject = $2`,
      [issuer, subject],
    );
    return row ? toUserRecord(row) : null;
  }

  async linkOidc(userId: string, issuer: string, subject: string): Promise<void> {
    await this.pool.query('UPDATE users SET oidc_issuer = $1, oidc_subject = $2 WHERE id = $3', [issuer, subject, userId]);
  }

  async createSession(s: SessionRecord): Promise<void> {
    await this.pool.query(
      'INSERT INTO sessions (token_hash, user_id, guest_id, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
      [s.tokenHash, s.userId, s.guestId, s.createdAt, s.expiresAt],
    );
  }

  async getSession(tokenHash: string): Promise<SessionRecord | null> {
    const row = await one<SessionRow>(this.pool, 'SELECT * FROM sessions WHERE token_hash = $1', [tokenHash]);
    return row ? toSessionRecord(row) : null;
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
  }

  async deleteGuestSessions(guestIds: readonly string[]): Promise<string[]> {
    if (guestIds.length === 0) return [];
    return transaction(this.pool, async (client) => {
      const removed: string[] = [];
      for (const id of guestIds) {
        const deleted = await rows<{ token_hash: string }>(client, 'DELETE FROM sessions WHERE guest_id = $1 RETURNING token_hash', [id]);
        removed.push(...deleted.map((row) => row.token_hash));
      }
      return removed;
    });
  }

  async createSetupToken(tokenHash: string, createdAt: number): Promise<void> {
    await transaction(this.pool, async (client) => {
      await lockForTransaction(client, SETUP_LOCK);
      await client.query('DELETE FROM setup_tokens');
      await client.query('INSERT INTO setup_tokens (token_hash, created_at) VALUES ($1, $2)', [tokenHash, createdAt]);
    });
  }

  async createFirstAdmin(tokenHash: string, user: UserRecord, now: number): Promise<FirstAdminResult> {
    return transaction(this.pool, async (client): Promise<FirstAdminResult> => {
      // Every server takes turns here; the checks below run after the previous turn committed.
      await lockForTransaction(client, SETUP_LOCK);
      if (((await one<{ n: number }>(client, 'SELECT count(*) AS n FROM users'))?.n ?? 0) > 0) return 'exists';
      const token = await one<{ created_at: number; used_at: number | null }>(
        client,
        'SELECT created_at, used_at FROM setup_tokens WHERE token_hash = $1',
        [tokenHash],
      );
      if (!token || token.used_at !== null) return 'invalid';
      if (now - token.created_at >= SETUP_TOKEN_TTL_MS) return 'expired';
      await client.query('UPDATE setup_tokens SET used_at = $1 WHERE token_hash = $2', [now, tokenHash]);
      await insertUser(client, user);
      return 'ok';
    });
  }

  async setPresenceColor(userId: string, color: string | null): Promise<void> {
    await this.pool.query('UPDATE users SET presence_color = $1 WHERE id = $2', [color, userId]);
  }

  async createPasswordReset(reset: Omit<PasswordResetRecord, 'usedAt'>): Promise<void> {
    await transaction(this.pool, async (client) => {
      await client.query('DELETE FROM password_resets WHERE user_id = $1 AND used_at IS NULL', [reset.userId]);
      await client.query('INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
        reset.tokenHash,
        reset.userId,
        reset.createdAt,
        reset.expiresAt,
      ]);
    });
  }

  async getPasswordReset(tokenHash: string): Promise<PasswordResetRecord | null> {
    const row = await one<PasswordResetRow>(this.pool, 'SELECT * FROM password_resets WHERE token_hash = $1', [tokenHash]);
    return row ? toPasswordResetRecord(row) : null;
  }

  resetPassword(tokenHash: string, passwordHash: string, now: number): Promise<PasswordResetResult> {
    return transaction(this.pool, async (client): Promise<PasswordResetResult> => {
      // FOR UPDATE: a second use of the same link waits here and then sees it used.
      const reset = await one<PasswordResetRow>(client, 'SELECT * FROM password_resets WHERE token_hash = $1 FOR UPDATE', [tokenHash]);
      if (!reset || reset.used_at !== null) return 'invalid';
      if (now >= reset.expires_at) return 'expired';
      await client.query('UPDATE password_resets SET used_at = $1 WHERE token_hash = $2', [now, tokenHash]);
      await client.query('UPDATE users SET password_hash = $1 WHERE id = $2', [passwordHash, reset.user_id]);
      const ended = await rows<{ token_hash: string }>(client, 'DELETE FROM sessions WHERE user_id = $1 RETURNING token_hash', [
        reset.user_id,
      ]);
      return { userId: reset.user_id, endedSessions: ended.map((row) => row.token_hash) };
    });
  }
}
