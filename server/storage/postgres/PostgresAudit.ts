import type pg from 'pg';
import type { AuditAction } from '../../../shared/api/audit';
import type { AuditRecord, AuditStorage } from '../Storage';
import { rows } from './db';

interface AuditRow {
  id: number;
  at: number;
  plan_id: string | null;
  actor: string | null;
  action: AuditAction;
  detail: string;
}

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
    return found.map((row) => ({
      id: row.id,
      at: row.at,
      planId: row.plan_id,
      actor: row.actor,
      action: row.action,
      detail: JSON.parse(row.detail) as Record<string, unknown>,
    }));
  }
}
