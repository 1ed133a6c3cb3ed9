import type { PlanRecord } from '../Storage';

export interface PlanRow {
  id: string;
  title: string;
  municipality: string;
  created_at: number;
  updated_at: number;
}

export function toPlanRecord(row: PlanRow): PlanRecord {
  return { id: row.id, title: row.title, municipality: row.municipality, createdAt: row.created_at, updatedAt: row.updated_at };
}
