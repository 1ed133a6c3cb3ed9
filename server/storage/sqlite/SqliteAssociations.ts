import type Database from 'better-sqlite3';
import type { AssociationRecord, AssociationStorage } from '../Storage';
import { run } from './run';
import { toAssociationRecord, type AssociationRow } from '../rows/associations';

export class SqliteAssociations implements AssociationStorage {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      // rowid breaks ties, so two added in the same millisecond keep their order.
      list: db.prepare<[string], AssociationRow>('SELECT * FROM associations WHERE plan_id = ? ORDER BY created_at, rowid'),
      get: db.prepare<[string], AssociationRow>('SELECT * FROM associations WHERE id = ?'),
      insert: db.prepare<[string, string, string, number]>(
        'INSERT INTO associations (id, plan_id, name, created_at) VALUES (?, ?, ?, ?)',
      ),
      rename: db.prepare<[string, string]>('UPDATE associations SET name = ? WHERE id = ?'),
      remove: db.prepare<[string]>('DELETE FROM associations WHERE id = ?'),
    };
  }

  listAssociations(planId: string): Promise<AssociationRecord[]> {
    return run(() => this.s.list.all(planId).map(toAssociationRecord));
  }

  getAssociation(id: string): Promise<AssociationRecord | null> {
    return run(() => {
      const row = this.s.get.get(id);
      return row ? toAssociationRecord(row) : null;
    });
  }

  addAssociation(a: AssociationRecord): Promise<void> {
    return run(() => void this.s.insert.run(a.id, a.planId, a.name, a.createdAt));
  }

  renameAssociation(id: string, name: string): Promise<void> {
    return run(() => void this.s.rename.run(name, id));
  }

  removeAssociation(id: string): Promise<void> {
    return run(() => void this.s.remove.run(id));
  }
}
