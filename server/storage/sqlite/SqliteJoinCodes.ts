import type Database from 'better-sqlite3';
import type { JoinCodeRecord, JoinCodeStorage, ShownJoinCode } from '../Storage';
import { run } from './run';
import { toJoinCodeRecord, type JoinCodeRow } from '../rows/joinCodes';

export class SqliteJoinCodes implements JoinCodeStorage {
  private readonly s;
  private readonly db: Database.Database;

  constructor(db: Database.Database) {
    this.db = db;
    this.s = {
      // ON CONFLICT DO NOTHING (not INSERT OR IGNORE): the same statement works in PostgreSQL.
      insert: db.prepare<[string, string, string, number, number, string | null]>(
        `INSERT INTO workshop_join_codes (code_hash, invite_id, workshop_id, created_at, expires_at, code_sealed)
         VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code_hash) DO NOTHING`,
      ),
      // Only the newest code stays readable; codes made at the same moment keep theirs (see shown).
      forgetOlder: db.prepare<[string, number]>(
        'UPDATE workshop_join_codes SET code_sealed = NULL WHERE workshop_id = ? AND created_at < ? AND code_sealed IS NOT NULL',
      ),
      get: db.prepare<[string], JoinCodeRow>('SELECT * FROM workshop_join_codes WHERE code_hash = ?'),
      shown: db.prepare<[string], JoinCodeRow>(
        `SELECT * FROM workshop_join_codes WHERE workshop_id = ? AND code_sealed IS NOT NULL
         ORDER BY created_at DESC, code_hash DESC LIMIT 1`,
      ),
    };
  }

  createJoinCode(c: JoinCodeRecord, sealed?: string): Promise<boolean> {
    return run(() =>
      this.db.transaction(() => {
        const stored = this.s.insert.run(c.codeHash, c.inviteId, c.workshopId, c.createdAt, c.expiresAt, sealed ?? null).changes === 1;
        if (stored && sealed !== undefined) this.s.forgetOlder.run(c.workshopId, c.createdAt);
        return stored;
      })(),
    );
  }

  getJoinCode(codeHash: string): Promise<JoinCodeRecord | null> {
    return run(() => {
      const row = this.s.get.get(codeHash);
      return row ? toJoinCodeRecord(row) : null;
    });
  }

  shownJoinCode(workshopId: string): Promise<ShownJoinCode | null> {
    return run(() => {
      const row = this.s.shown.get(workshopId);
      return row?.code_sealed ? { code: toJoinCodeRecord(row), sealed: row.code_sealed } : null;
    });
  }
}
