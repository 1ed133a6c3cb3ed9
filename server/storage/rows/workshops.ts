import type { WorkshopRecord } from '../Storage';

export interface WorkshopRow {
  id: string;
  plan_id: string;
  title: string;
  created_at: number;
  created_by: string | null;
}

export function toWorkshopRecord(row: WorkshopRow): WorkshopRecord {
  return { id: row.id, planId: row.plan_id, title: row.title, createdAt: row.created_at, createdBy: row.created_by };
}
