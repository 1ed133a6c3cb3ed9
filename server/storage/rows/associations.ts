import type { AssociationRecord } from '../Storage';

export interface AssociationRow {
  id: string;
  plan_id: string;
  name: string;
  created_at: number;
}

export function toAssociationRecord(row: AssociationRow): AssociationRecord {
  return { id: row.id, planId: row.plan_id, name: row.name, createdAt: row.created_at };
}
