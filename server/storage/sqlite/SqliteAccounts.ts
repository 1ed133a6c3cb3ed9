import type Database from 'better-sqlite3';
import {
  SETUP_TOKEN_TTL_MS,
  type AccountStorage,
  type FirstAdminResult,
  type PasswordResetRecord,
  type PasswordResetResult,
  type SessionRecord,
  type UserRecord,
} from '../Storage';
import { run } from './run';
import {
  toPasswordResetRecord,
  toSessionRecord,
  toUserRecord,
  type PasswordResetRow,
  type SessionRow,
  type UserRow,
} from '../rows/accounts';

export class SqliteAccounts implements AccountStorage {
  private readonly s;

  constructor(private readonly db: Database.Database) {
    this.s = {
      count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM users'),
      list: db.prepare<[], UserRow>('SELECT * FROM users ORDER BY name'),
      insertUser: db.prepare<[string, string, string, string | null, number, number, string | null]>(
        'INSERT INTO users (id, email, name, password_hash, is_admin, created_at, presence_color) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      user: db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?'),
      userByEmail: db.prepare<[string], UserRow>('SELECT * FROM users WHERE email = ?'),
      userByOidc: db.prepare<[string, string], UserRow>('SELECT * FROM users WHERE oidc_issuer = ? AND oidc_subject = ?'),
      linkOidc: db.prepare<[string, string, string]>('UPDATE users SET oidc_issuer = ?, oidc_subject = ? WHERE id = ?'),
      insertSession: db.prepare<[string, string | null, string | null, number, number]>(
        'INSERT INTO sessions (token_hash, user_id, guest_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
      ),
      session: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE token_hash = ?'),
      deleteSession: db.prepare<[string]>('DELETE FROM sessions WHERE token_hash = ?'),
      guestSessions: db.prepare<[string], { token_hash: string }>('SELECT token_hash FROM sessions WHERE guest_id = ?'),
      deleteGuestSessions: db.prepare<[string]>('DELETE FROM sessions WHERE guest_id = ?'),
      deleteSetups: db.prepare<[]>('DELETE FROM setup_tokens'),
      insertSetup: db.prepare<[string, number]>('INSERT INTO setup_tokens (token_hash, created_at) VALUES (?, ?)'),
      setup: db.prepare<[string], { created_at: number; used_at: number | null }>(
        'SELECT created_at, used_at FROM setup_tokens WHERE token_hash = ?',
      ),
      useSetup: db.prepare<[number, string]>('UPDATE setup_tokens SET used_at = ? WHERE token_hash = ?'),
      setPresenceColor: db.prepare<[string | null, string]>('UPDATE users SET presence_color = ? WHERE id = ?'),
      deleteUnusedResets: db.prepare<[string]>('DELETE FROM password_resets WHERE user_id = ? AND used_at IS NULL'),
      insertReset: db.prepare<[string, string, number, number]>(
        'INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
      ),
      reset: db.prepare<[string], PasswordResetRow>('SELECT * FROM password_resets WHERE token_hash = ?'),
      useReset: db.prepare<[number, string]>('UPDATE password_resets SET used_at = ? WHERE token_hash = ?'),
      setPassword: db.prepare<[string, string]>('UPDATE users SET password_hash = ? WHERE id = ?'),
      deleteUserSessions: db.prepare<[string], { token_hash: string }>('DELETE FROM sessions WHERE user_id = ? RETURNING token_hash'),
    };
  }

  countUsers(): Promise<number> {
    return run(() => this.s.count.get()?.n ?? 0);
  }

  listUsers(): Promise<UserRecord[]> {
    return run(() => this.s.list.all().map(toUserRecord));
  }

  createUser(user: UserRecord): Promise<void> {
    return run(() => void this.insertUser(user));
  }

  private insertUser(user: UserRecord): void {
    this.s.insertUser.run(
      user.id,
      user.email.toLowerCase(),
      user.name,
      user.passwordHash,
      user.isAdmin ? 1 : 0,
      user.createdAt,
      user.presenceColor ?? null,
    );
  }

  getUser(id: string): Promise<UserRecord | null> {
    return run(() => {
      const row = this.s.user.get(id);
      return row ? toUserRecord(row) : null;
    });
  }

  getUserByEmail(email: string): Promise<UserRecord | null> {
    return run(() => {
      const row = this.s.userByEmail.get(email.toLowerCase());
      return row ? toUserRecord(row) : null;
    });
  }

  getUserByOidc(issuer: string, subject: string): Promise<UserRecord | null> {
    return run(() => {
      const row = this.s.userByOidc.get(issuer, subject);
      return row ? toUserRecord(row) : null;
    });
  }

  linkOidc(userId: string, issuer: string, subject: string): Promise<void> {
    return run(() => void this.s.linkOidc.run(issuer, subject, userId));
  }

  createSession(session: SessionRecord): Promise<void> {
    return run(
      () => void this.s.insertSession.run(session.tokenHash, session.userId, session.guestId, session.createdAt, session.expiresAt),
    );
  }

  getSession(tokenHash: string): Promise<SessionRecord | null> {
    return run(() => {
      const row = this.s.session.get(tokenHash);
      return row ? toSessionRecord(row) : null;
    });
  }

  deleteSession(tokenHash: string): Promise<void> {
    return run(() => void this.s.deleteSession.run(tokenHash));
  }

  deleteGuestSessions(guestIds: readonly string[]): Promise<string[]> {
    return run(() =>
      this.db.transaction(() => {
        const removed: string[] = [];
        for (const id of guestIds) {
          removed.push(...this.s.guestSessions.all(id).map((row) => row.token_hash));
          this.s.deleteGuestSessions.run(id);
        }
        return removed;
      })(),
    );
  }

  createSetupToken(tokenHash: string, createdAt: number): Promise<void> {
    return run(() =>
      this.db.transaction(() => {
        this.s.deleteSetups.run();
        this.s.insertSetup.run(tokenHash, createdAt);
      })(),
    );
  }

  createFirstAdmin(tokenHash: string, user: UserRecord, now: number): Promise<FirstAdminResult> {
    // One synchronous transaction (IMMEDIATE: takes the write lock before reading, so another
    // process on the same file cannot check in between).
    return run(() =>
      this.db.transaction((): FirstAdminResult => {
        if ((this.s.count.get()?.n ?? 0) > 0) return 'exists';
        const token = this.s.setup.get(tokenHash);
        if (!token || token.used_at !== null) return 'invalid';
        if (now - token.created_at >= SETUP_TOKEN_TTL_MS) return 'expired';
        this.s.useSetup.run(now, tokenHash);
        this.insertUser(user);
        return 'ok';
      }).immediate(),
    );
  }

  setPresenceColor(userId: string, color: string | null): Promise<void> {
    return run(() => void this.s.setPresenceColor.run(color, userId));
  }

  createPasswordReset(reset: Omit<PasswordResetRecord, 'usedAt'>): Promise<void> {
    return run(() =>
      this.db.transaction(() => {
        this.s.deleteUnusedResets.run(reset.userId);
        this.s.insertReset.run(reset.tokenHash, reset.userId, reset.createdAt, reset.expiresAt);
      })(),
    );
  }

  getPasswordReset(tokenHash: string): Promise<PasswordResetRecord | null> {
    return run(() => {
      const row = this.s.reset.get(tokenHash);
      return row ? toPasswordResetRecord(row) : null;
    });
  }

  resetPassword(tokenHash: string, passwordHash: string, now: number): Promise<PasswordResetResult> {
    // IMMEDIATE: another process on the same file cannot use the same link between check and use.
    return run(() =>
      this.db.transaction((): PasswordResetResult => {
        const reset = this.s.reset.get(tokenHash);
        if (!reset || reset.used_at !== null) return 'invalid';
        if (now >= reset.expires_at) return 'expired';
        this.s.useReset.run(now, tokenHash);
        this.s.setPassword.run(passwordHash, reset.user_id);
        const endedSessions = this.s.deleteUserSessions.all(reset.user_id).map((row) => row.token_hash);
        return { userId: reset.user_id, endedSessions };
      }).immediate(),
    );
  }
}
