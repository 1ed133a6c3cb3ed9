import type pg from 'pg';
import type { JoinCodeRecord, JoinCodeStorage } from '../Storage';
import { one } from './db';
import { toJoinCodeRecord, type JoinCodeRow } from '../rows/joinCodes';

export class PostgresJoinCodes implements JoinCodeStorage {
  constructor(private readonly pool: pg.Pool) {}

  async createJoinCode(c: JoinCodeRecord): Promise<boolean> {
    const result = await this.pool.query(
      `INSERT INTO workshop_join_codes (code_hash, invite_id, workshop_id, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (code_hash) DO NOTHING`,
      [c.codeHash, c.inviteId, c.workshopId, c.createdAt, c.expiresAt],
    );
    return result.rowCount === 1;
  }

  async getJoinCode(codeHash: string): Promise<JoinCodeRecord | null> {
    const row = await one<JoinCodeRow>(this.pool, 'SELECT * FROM workshop_join_codes WHERE code_hash = $1', [codeHash]);
    return row ? toJoinCodeRecord(row) : null;
  }
}
