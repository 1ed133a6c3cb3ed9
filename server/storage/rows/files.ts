import type { FileKind } from '../../../shared/public/fileKinds';
import type { FileRecord } from '../Storage';

export interface FileRow {
  id: string;
  plan_id: string;
  owner_id: string;
  name: string;
  /** Only ever written from FILE_KINDS (decided from the bytes). */
  kind: FileKind;
  size: number;
  sha256: string;
  created_at: number;
}

export const FILE_COLUMNS = 'id, plan_id, owner_id, name, kind, size, sha256, created_at';

export function toFileRecord(row: FileRow): FileRecord {
  return {
    id: row.id,
    planId: row.plan_id,
    ownerId: row.owner_id,
    name: row.name,
    kind: row.kind,
    size: row.size,
    sha256: row.sha256,
    createdAt: row.created_at,
  };
}

/** Values in FILE_COLUMNS order. */
export function fileValues(
  f: FileRecord,
): [string, string, string, string, FileKind, number, string, number] {
  return [f.id, f.planId, f.ownerId, f.name, f.kind, f.size, f.sha256, f.createdAt];
}
