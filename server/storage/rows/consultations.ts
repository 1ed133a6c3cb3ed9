import type { ConsultationRecord } from '../Storage';

export interface ConsultationRow {
  id: string;
  plan_id: string;
  title: string;
  version_id: string;
  opens_at: number;
  closes_at: number;
  created_at: number;
}

export const CONSULTATION_COLUMNS =
  'id, plan_id, title, version_id, opens_at, closes_at, created_at';

export function toConsultationRecord(row: ConsultationRow): ConsultationRecord {
  return {
    id: row.id,
    planId: row.plan_id,
    title: row.title,
    versionId: row.version_id,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    createdAt: row.created_at,
  };
}

/** Values in CONSULTATION_COLUMNS order. */
export function consultationValues(
  c: ConsultationRecord,
): [string, string, string, string, number, number, number] {
  return [c.id, c.planId, c.title, c.versionId, c.opensAt, c.closesAt, c.createdAt];
}
