import type { KnowledgeRecord } from '../Storage';

export interface KnowledgeRow {
  id: string;
  plan_id: string;
  title: string;
  description: string;
  url: string | null;
  file_id: string | null;
  position: string;
  created_at: number;
}

export const KNOWLEDGE_COLUMNS =
  'id, plan_id, title, description, url, file_id, position, created_at';

export function toKnowledgeRecord(row: KnowledgeRow): KnowledgeRecord {
  return {
    id: row.id,
    planId: row.plan_id,
    title: row.title,
    description: row.description,
    url: row.url,
    fileId: row.file_id,
    position: row.position,
    createdAt: row.created_at,
  };
}

/** Values in KNOWLEDGE_COLUMNS order. */
export function knowledgeValues(
  k: KnowledgeRecord,
): [string, string, string, string, string | null, string | null, string, number] {
  return [k.id, k.planId, k.title, k.description, k.url, k.fileId, k.position, k.createdAt];
}
