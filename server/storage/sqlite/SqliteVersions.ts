import type Database from 'better-sqlite3';
import type { ProcessStep } from '../../../shared/api/versions';
import type { StepDate, VersionMeta, VersionRecord, VersionStorage } from '../Storage';
import { run } from './run';
import { toVersionMeta, toVersionRecord, type VersionMetaRow, type VersionRow } from '../rows/versions';

const META_COLUMNS = 'id, plan_id, name, step, created_at, created_by';

export class SqliteVersions implements VersionStorage {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      insert: db.prepare<[string, string, string, string, number, string | null, Uint8Array]>(
        `INSERT INTO plan_versions (id, plan_id, name, step, created_at, created_by, state)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      // The state column is left out on purpose: a plan's versions can add up to megabytes.
      list: db.prepare<[string], VersionMetaRow>(
        `SELECT ${META_COLUMNS} FROM plan_versions WHERE plan_id = ? ORDER BY created_at DESC, rowid DESC`,
      ),
      get: db.prepare<[string], VersionRow>('SELECT * FROM plan_versions WHERE id = ?'),
      process: db.prepare<[string], StepDate>(
        'SELECT step, date FROM plan_process WHERE plan_id = ?',
      ),
      setDate: db.prepare<[string, string, string]>(
        `INSERT INTO plan_process (plan_id, step, date) VALUES (?, ?, ?)
         ON CONFLICT (plan_id, step) DO UPDATE SET date = excluded.date`,
      ),
      clearDate: db.prepare<[string, string]>(
        'DELETE FROM plan_process WHERE plan_id = ? AND step = ?',
      ),
    };
  }

  createVersion(v: VersionRecord): Promise<void> {
    return run(
      () =>
        void this.s.insert.run(v.id, v.planId, v.name, v.step, v.createdAt, v.createdBy, v.state),
    );
  }

  listVersions(planId: string): Promise<VersionMeta[]> {
    return run(() => this.s.list.all(planId).map(toVersionMeta));
  }

  getVersion(id: string): Promise<VersionRecord | null> {
    return run(() => {
      const row = this.s.get.get(id);
      return row ? toVersionRecord(row) : null;
    });
  }

  getProcess(planId: string): Promise<StepDate[]> {
    return run(() => this.s.process.all(planId));
  }

  setStepDate(planId: string, step: ProcessStep, date: string | null): Promise<void> {
    return run(
      () =>
        void (date === null
          ? this.s.clearDate.run(planId, step)
          : this.s.setDate.run(planId, step, date)),
    );
  }
}
