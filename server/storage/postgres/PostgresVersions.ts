import type pg from 'pg';
import type { ProcessStep } from '../../../shared/api/versions';
import type { StepDate, VersionMeta, VersionRecord, VersionStorage } from '../Storage';
import { one, rows, toBuffer } from './db';
import { toVersionMeta, toVersionRecord, type VersionMetaRow, type VersionRow } from '../rows/versions';

const META_COLUMNS = 'id, plan_id, name, step, created_at, created_by';

export class PostgresVersions implements VersionStorage {
  constructor(private readonly pool: pg.Pool) {}

  async createVersion(v: VersionRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO plan_versions (id, plan_id, name, step, created_at, created_by, state)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [v.id, v.planId, v.name, v.step, v.createdAt, v.createdBy, toBuffer(v.state)],
    );
  }

  async listVersions(planId: string): Promise<VersionMeta[]> {
    // The state column is left out on purpose: a plan's versions can add up to megabytes.
    const found = await rows<VersionMetaRow>(
      this.pool,
      `SELECT ${META_COLUMNS} FROM plan_versions WHERE plan_id = $1 ORDER BY created_at DESC, seq DESC`,
      [planId],
    );
    return found.map(toVersionMeta);
  }

  async getVersion(id: string): Promise<VersionRecord | null> {
    const row = await one<VersionRow>(this.pool, `SELECT ${META_COLUMNS}, state FROM plan_versions WHERE id = $1`, [id]);
    return row ? toVersionRecord(row) : null;
  }

  async getProcess(planId: string): Promise<StepDate[]> {
    return rows<StepDate>(this.pool, 'SELECT step, date FROM plan_process WHERE plan_id = $1', [planId]);
  }

  async setStepDate(planId: string, step: ProcessStep, date: string | null): Promise<void> {
    if (date === null) {
      await this.pool.query('DELETE FROM plan_process WHERE plan_id = $1 AND step = $2', [planId, step]);
      return;
    }
    await this.pool.query(
      `INSERT INTO plan_process (plan_id, step, date) VALUES ($1, $2, $3)
       ON CONFLICT (plan_id, step) DO UPDATE SET date = excluded.date`,
      [planId, step, date],
    );
  }
}
