import type pg from 'pg';
import type { JoinCodeRecord, JoinCodeStorage, ShownJoinCode } from '../Storage';
import { one, transaction } from './db';
import { toJoinCodeRecord, type JoinCodeRow } from '../rows/joinCodes';

export class PostgresJoinCodes implements JoinCodeStorage {
  constructor(private readonly pool: pg.Pool) {}

  async createJoinCode(c: JoinCodeRecord, sealed?: string): Promise<boolean> {
    return transaction(this.pool, async (client) => {
      const result = await client.query(
        `INSERT INTO workshop_join_codes (code_hash, invite_id, workshop_id, created_at, expires_at, code_sealed)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code_hash) DO NOTHING`,
        [c.codeHash, c.inviteId, c.workshopId, c.createdAt, c.expiresAt, sealed ?? null],
      );
      const stored = result.rowCount === 1;
      // Only the newest code stays readable; codes made at the same moment keep theirs (see shown).
      if (stored && sealed !== undefined) {
        await client.query(
          'UPDATE workshop_join_codes SET code_sealed = NULL WHERE workshop_id = $1 AND created_at < $2 AND code_sealed IS NOT NULL',
          [c.workshopId, c.createdAt],
        );
      }
      return stored;
    });
  }

  async getJoinCode(codeHash: string): Promise<JoinCodeRecord | null> {
    const row = await one<JoinCodeRow>(this.pool, 'SELECT * FROM workshop_join_codes WHERE code_hash = $1', [codeHash]);
    return row ? toJoinCodeRecord(row) : null;
  }

  async shownJoinCode(workshopId: string): Promise<ShownJoinCode | null> {
    const row = await one<JoinCodeRow>(
      this.pool,
      `SELECT * FROM workshop_join_codes WHERE workshop_id = $1 AND code_sealed IS NOT NULL
       ORDER BY created_at DESC, code_hash DESC LIMIT 1`,
      [workshopId],
    );
    return row?.code_sealed ? { code: toJoinCodeRecord(row), sealed: row.code_sealed } : null;
  }
}
