import type { AuditAction } from '../../../shared/api/audit';
import type { AuditRecord } from '../Storage';

export interface AuditRow {
  id: number;
  at: number;
  plan_id: string | null;
  actor: string | null;
  action: AuditAction;
  /** The detail object as JSON text. */
  detail: string;
}

export function toAuditRecord(row: AuditRow): AuditRecord {
  return {
    id: row.id,
    at: row.at,
    planId: row.plan_id,
    actor: row.actor,
    action: row.action,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
  };
}
