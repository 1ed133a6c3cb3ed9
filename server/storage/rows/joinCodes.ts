import type { JoinCodeRecord } from '../Storage';

export interface JoinCodeRow {
  code_hash: string;
  invite_id: string;
  workshop_id: string;
  created_at: number;
  expires_at: number;
}

export function toJoinCodeRecord(row: JoinCodeRow): JoinCodeRecord {
  return { codeHash: row.code_hash, inviteId: row.invite_id, workshopId: row.workshop_id, createdAt: row.created_at, expiresAt: row.expires_at };
}
