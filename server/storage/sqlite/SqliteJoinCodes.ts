import type Database from 'better-sqlite3';
import type { JoinCodeRecord, JoinCodeStorage } from '../Storage';
import { run } from './run';
import { toJoinCodeRecord, type JoinCodeRow } from '../rows/joinCodes';

export class SqliteJoinCodes implements JoinCodeStorage {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      // ON CONFLICT DO NOTHING (not INSERT OR IGNORE): the same statement works in PostgreSQL.
      insert: db.prepare<[string, string, string, number, number]>(
        `INSERT INTO workshop_join_codes (code_hash, invite_id, workshop_id, created_at, expires_at)
         VALUES (?, ?, ?, ?, ?) ON CONFLICT (code_hash) DO NOTHING`,
      ),
      get: db.prepare<[string], JoinCodeRow>('SELECT * FROM workshop_join_codes WHERE code_hash = ?'),
    };
  }

  createJoinCode(c: JoinCodeRecord): Promise<boolean> {
    return run(() => this.s.insert.run(c.codeHash, c.inviteId, c.workshopId, c.createdAt, c.expiresAt).changes === 1);
  }

  getJoinCode(codeHash: string): Promise<JoinCodeRecord | null> {
    return run(() => {
      const row = this.s.get.get(codeHash);
      return row ? toJoinCodeRecord(row) : null;
    });
  }
}
