import type pg from 'pg';
import type { WorkshopRecord, WorkshopStorage } from '../Storage';
import { one, rows } from './db';
import { toWorkshopRecord, type WorkshopRow } from '../rows/workshops';

const COLUMNS = 'id, plan_id, title, created_at, created_by';

export class PostgresWorkshops implements WorkshopStorage {
  constructor(private readonly pool: pg.Pool) {}

  async createWorkshop(w: WorkshopRecord): Promise<void> {
    await this.pool.query('INSERT INTO workshops (id, plan_id, title, created_at, created_by) VALUES ($1, $2, $3, $4, $5)', [
      w.id,
      w.planId,
      w.title,
      w.createdAt,
      w.createdBy,
    ]);
  }

  async getWorkshop(id: string): Promise<WorkshopRecord | null> {
    const row = await one<WorkshopRow>(this.pool, `SELECT ${COLUMNS} FROM workshops WHERE id = $1`, [id]);
    return row ? toWorkshopRecord(row) : null;
  }

  async listWorkshops(planId: string): Promise<WorkshopRecord[]> {
    // seq breaks ties, so two workshops created in the same millisecond keep their order.
    const found = await rows<WorkshopRow>(
      this.pool,
      `SELECT ${COLUMNS} FROM workshops WHERE plan_id = $1 ORDER BY created_at DESC, seq DESC`,
      [planId],
    );
    return found.map(toWorkshopRecord);
  }

  async renameWorkshop(id: string, title: string): Promise<void> {
    await this.pool.query('UPDATE workshops SET title = $1 WHERE id = $2', [title, id]);
  }
}
