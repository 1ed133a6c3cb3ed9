import type Database from 'better-sqlite3';
import type { ConsultationRecord, ConsultationStorage } from '../Storage';
import { run } from './run';
import {
  CONSULTATION_COLUMNS,
  consultationValues,
  toConsultationRecord,
  type ConsultationRow,
} from '../rows/consultations';

export class SqliteConsultations implements ConsultationStorage {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      list: db.prepare<[string], ConsultationRow>(
        `SELECT ${CONSULTATION_COLUMNS} FROM consultations WHERE plan_id = ? ORDER BY opens_at, created_at, rowid`,
      ),
      get: db.prepare<[string], ConsultationRow>(
        `SELECT ${CONSULTATION_COLUMNS} FROM consultations WHERE id = ?`,
      ),
      insert: db.prepare<ReturnType<typeof consultationValues>>(
        `INSERT INTO consultations (${CONSULTATION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      update: db.prepare<[string, string, number, number, string]>(
        'UPDATE consultations SET title = ?, version_id = ?, opens_at = ?, closes_at = ? WHERE id = ?',
      ),
      remove: db.prepare<[string]>('DELETE FROM consultations WHERE id = ?'),
    };
  }

  list(planId: string): Promise<ConsultationRecord[]> {
    return run(() => this.s.list.all(planId).map(toConsultationRecord));
  }

  get(id: string): Promise<ConsultationRecord | null> {
    return run(() => {
      const row = this.s.get.get(id);
      return row ? toConsultationRecord(row) : null;
    });
  }

  add(consultation: ConsultationRecord): Promise<void> {
    return run(() => void this.s.insert.run(...consultationValues(consultation)));
  }

  update(
    id: string,
    f: { title: string; versionId: string; opensAt: number; closesAt: number },
  ): Promise<void> {
    return run(() => void this.s.update.run(f.title, f.versionId, f.opensAt, f.closesAt, id));
  }

  remove(id: string): Promise<void> {
    return run(() => void this.s.remove.run(id));
  }
}
