import type Database from 'better-sqlite3';
import type { AgendaTemplateRecord, AgendaTemplateStorage } from '../Storage';
import { toAgendaTemplateRecord, type AgendaTemplateRow } from '../rows/agendaTemplates';
import { run } from './run';

export class SqliteAgendaTemplates implements AgendaTemplateStorage {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      // rowid breaks ties, so two saved in the same millisecond keep their order.
      list: db.prepare<[string], AgendaTemplateRow>(
        'SELECT * FROM agenda_templates WHERE plan_id = ? ORDER BY created_at, rowid',
      ),
      // The count and the insert in one statement, so two saves at once cannot both pass the limit.
      insert: db.prepare<[string, string, string, string, number, string, number]>(
        `INSERT INTO agenda_templates (id, plan_id, name, activities, created_at)
         SELECT ?, ?, ?, ?, ? WHERE (SELECT count(*) FROM agenda_templates WHERE plan_id = ?) < ?`,
      ),
      remove: db.prepare<[string, string]>('DELETE FROM agenda_templates WHERE plan_id = ? AND id = ?'),
    };
  }

  listAgendaTemplates(planId: string): Promise<AgendaTemplateRecord[]> {
    return run(() => this.s.list.all(planId).map(toAgendaTemplateRecord));
  }

  addAgendaTemplate(t: AgendaTemplateRecord, max: number): Promise<boolean> {
    return run(() => this.s.insert.run(t.id, t.planId, t.name, t.activities, t.createdAt, t.planId, max).changes === 1);
  }

  removeAgendaTemplate(planId: string, id: string): Promise<boolean> {
    return run(() => this.s.remove.run(planId, id).changes === 1);
  }
}
