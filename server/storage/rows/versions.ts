import type { ProcessStep } from '../../../shared/api/versions';
import type { VersionMeta, VersionRecord } from '../Storage';

/** A `plan_versions` row without its state, as listings read it. */
export interface VersionMetaRow {
  id: string;
  plan_id: string;
  name: string;
  step: ProcessStep;
  created_at: number;
  created_by: string | null;
}

export interface VersionRow extends VersionMetaRow {
  state: Buffer;
}

export function toVersionMeta(row: VersionMetaRow): VersionMeta {
  return {
    id: row.id,
    planId: row.plan_id,
    name: row.name,
    step: row.step,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

export function toVersionRecord(row: VersionRow): VersionRecord {
  // Both drivers hand back a Buffer, which is a Uint8Array, but callers compare and hand on plain ones.
  return { ...toVersionMeta(row), state: new Uint8Array(row.state) };
}
