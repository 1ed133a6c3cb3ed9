import type { AgendaTemplateRecord } from '../Storage';

export interface AgendaTemplateRow {
  id: string;
  plan_id: string;
  name: string;
  activities: string;
  created_at: number;
}

export function toAgendaTemplateRecord(row: AgendaTemplateRow): AgendaTemplateRecord {
  return {
    id: row.id,
    planId: row.plan_id,
    name: row.name,
    activities: row.activities,
    createdAt: row.created_at,
  };
}
