import type Database from 'better-sqlite3';
import type { WorkshopRecord, WorkshopStorage } from '../Storage';
import { run } from './run';
import { toWorkshopRecord, type WorkshopRow } from '../rows/workshops';

export class SqliteWorkshops implements WorkshopStorage {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      insert: db.prepare<[string, string, string, number, string | null]>(
        'INSERT INTO workshops (id, plan_id, title, created_at, created_by) VALUES (?, ?, ?, ?, ?)',
      ),
      get: db.prepare<[string], WorkshopRow>('SELECT * FROM workshops WHERE id = ?'),
      // rowid breaks ties, so two workshops created in the same millisecond keep their order.
      rename: db.prepare<[string, string]>('UPDATE workshops SET title = ? WHERE id = ?'),
      list: db.prepare<[string], WorkshopRow>('SELECT * FROM workshops WHERE plan_id = ? ORDER BY created_at DESC, rowid DESC'),
    };
  }

  createWorkshop(workshop: WorkshopRecord): Promise<void> {
    return run(() => {
      this.statements.insert.run(workshop.id, workshop.planId, workshop.title, workshop.createdAt, workshop.createdBy);
    });
  }

  getWorkshop(id: string): Promise<WorkshopRecord | null> {
    return run(() => {
      const row = this.statements.get.get(id);
      return row ? toWorkshopRecord(row) : null;
    });
  }

  listWorkshops(planId: string): Promise<WorkshopRecord[]> {
    return run(() => this.statements.list.all(planId).map(toWorkshopRecord));
  }

  renameWorkshop(id: string, title: string): Promise<void> {
    return run(() => void this.statements.rename.run(title, id));
  }
}
