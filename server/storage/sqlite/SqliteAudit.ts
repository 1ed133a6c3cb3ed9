import type Database from 'better-sqlite3';
import type { AuditRecord, AuditStorage } from '../Storage';
import { run } from './run';
import { toAuditRecord, type AuditRow } from '../rows/audit';

export class SqliteAudit implements AuditStorage {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      insert: db.prepare<[number, string | null, string | null, string, string]>(
        'INSERT INTO audit_log (at, plan_id, actor, action, detail) VALUES (?, ?, ?, ?, ?)',
      ),
      list: db.prepare<[string, number], AuditRow>('SELECT * FROM audit_log WHERE plan_id = ? ORDER BY id DESC LIMIT ?'),
    };
  }

  append(entry: Omit<AuditRecord, 'id'>): Promise<void> {
    return run(() => void this.s.insert.run(entry.at, entry.planId, entry.actor, entry.action, JSON.stringify(entry.detail)));
  }

  list(planId: string, limit: number): Promise<AuditRecord[]> {
    return run(() => this.s.list.all(planId, limit).map(toAuditRecord));
  }
}
