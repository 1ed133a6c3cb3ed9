import type pg from 'pg';
import type { AgendaTemplateRecord, AgendaTemplateStorage } from '../Storage';
import { toAgendaTemplateRecord, type AgendaTemplateRow } from '../rows/agendaTemplates';
import { rows, transaction } from './db';

const COLUMNS = 'id, plan_id, name, activities, created_at';

export class PostgresAgendaTemplates implements AgendaTemplateStorage {
  constructor(private readonly pool: pg.Pool) {}

  async listAgendaTemplates(planId: string): Promise<AgendaTemplateRecord[]> {
    // seq breaks ties, so two saved in the same millisecond keep their order.
    const found = await rows<AgendaTemplateRow>(
      this.pool,
      `SELECT ${COLUMNS} FROM agenda_templates WHERE plan_id = $1 ORDER BY created_at, seq`,
      [planId],
    );
    return found.map(toAgendaTemplateRecord);
  }

  async addAgendaTemplate(t: AgendaTemplateRecord, max: number): Promise<boolean> {
    // The plan's row is locked first, so two saves at once (from two servers) count in turn.
    return transaction(this.pool, async (client) => {
      const plan = await client.query('SELECT id FROM plans WHERE id = $1 FOR UPDATE', [t.planId]);
      if (plan.rowCount === 0) throw new Error(`no plan ${t.planId}`);
      const inserted = await client.query(
        `INSERT INTO agenda_templates (id, plan_id, name, activities, created_at)
         SELECT $1, $2, $3, $4, $5 WHERE (SELECT count(*) FROM agenda_templates WHERE plan_id = $2) < $6`,
        [t.id, t.planId, t.name, t.activities, t.createdAt, max],
      );
      return inserted.rowCount === 1;
    });
  }

  async removeAgendaTemplate(planId: string, id: string): Promise<boolean> {
    const removed = await this.pool.query('DELETE FROM agenda_templates WHERE plan_id = $1 AND id = $2', [planId, id]);
    return removed.rowCount === 1;
  }
}
