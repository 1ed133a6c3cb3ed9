import type { JoinCodeRecord } from '../Storage';

export interface JoinCodeRow {
  code_hash: string;
  invite_id: string;
  workshop_id: string;
  created_at: number;
  expires_at: number;
  /** The code sealed with a server secret, on the workshop's newest code only (012_join_code_shown). */
  code_sealed: string | null;
}

export function toJoinCodeRecord(row: JoinCodeRow): JoinCodeRecord {
  return { codeHash: row.code_hash, inviteId: row.invite_id, workshopId: row.workshop_id, createdAt: row.created_at, expiresAt: row.expires_at };
}
