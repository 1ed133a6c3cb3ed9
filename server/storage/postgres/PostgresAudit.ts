import type pg from 'pg';
import type { AuditRecord, AuditStorage } from '../Storage';
import { rows } from './db';
import { toAuditRecord, type AuditRow } from '../rows/audit';

export class PostgresAudit implements AuditStorage {
  constructor(private readonly pool: pg.Pool) {}

  async append(entry: Omit<AuditRecord, 'id'>): Promise<void> {
    await this.pool.query('INSERT INTO audit_log (at, plan_id, actor, action, detail) VALUES ($1, $2, $3, $4, $5)', [
      entry.at,
      entry.planId,
      entry.actor,
      entry.action,
      JSON.stringify(entry.detail),
    ]);
  }

  async list(planId: string, limit: number): Promise<AuditRecord[]> {
    const found = await rows<AuditRow>(this.pool, 'SELECT * FROM audit_log WHERE plan_id = $1 ORDER BY id DESC LIMIT $2', [planId, limit]);
    return found.map(toAuditRecord);
  }
}
