import type pg from 'pg';
import type { AssociationRecord, AssociationStorage } from '../Storage';
import { one, rows } from './db';
import { toAssociationRecord, type AssociationRow } from '../rows/associations';

const COLUMNS = 'id, plan_id, name, created_at';

export class PostgresAssociations implements AssociationStorage {
  constructor(private readonly pool: pg.Pool) {}

  async listAssociations(planId: string): Promise<AssociationRecord[]> {
    // seq breaks ties, so two added in the same millisecond keep their order.
    const found = await rows<AssociationRow>(
      this.pool,
      `SELECT ${COLUMNS} FROM associations WHERE plan_id = $1 ORDER BY created_at, seq`,
      [planId],
    );
    return found.map(toAssociationRecord);
  }

  async getAssociation(id: string): Promise<AssociationRecord | null> {
    const row = await one<AssociationRow>(this.pool, `SELECT ${COLUMNS} FROM associations WHERE id = $1`, [id]);
    return row ? toAssociationRecord(row) : null;
  }

  async addAssociation(a: AssociationRecord): Promise<void> {
    await this.pool.query('INSERT INTO associations (id, plan_id, name, created_at) VALUES ($1, $2, $3, $4)', [
      a.id,
      a.planId,
      a.name,
      a.createdAt,
    ]);
  }

  async renameAssociation(id: string, name: string): Promise<void> {
    await this.pool.query('UPDATE associations SET name = $1 WHERE id = $2', [name, id]);
  }

  async removeAssociation(id: string): Promise<void> {
    await this.pool.query('DELETE FROM associations WHERE id = $1', [id]);
  }
}
