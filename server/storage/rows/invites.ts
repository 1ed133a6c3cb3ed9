import type { Role } from '../../../shared/auth/roles';
import type { GuestRecord, InviteRecord } from '../Storage';

export interface InviteRow {
  id: string;
  plan_id: string;
  token_hash: string;
  role: Role;
  label: string;
  created_by: string | null;
  created_at: number;
  expires_at: number | null;
  max_uses: number | null;
  uses: number;
  revoked_at: number | null;
}

export interface GuestRow {
  id: string;
  plan_id: string;
  invite_id: string;
  display_name: string;
  association: string | null;
  role: Role;
  created_at: number;
  presence_color: string | null;
  device_hash: string | null;
}

export function toInviteRecord(row: InviteRow): InviteRecord {
  return {
    id: row.id,
    planId: row.plan_id,
    tokenHash: row.token_hash,
    role: row.role,
    label: row.label,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    maxUses: row.max_uses,
    uses: row.uses,
    revokedAt: row.revoked_at,
  };
}

export function toGuestRecord(row: GuestRow): GuestRecord {
  return {
    id: row.id,
    planId: row.plan_id,
    inviteId: row.invite_id,
    displayName: row.display_name,
    association: row.association,
    role: row.role,
    createdAt: row.created_at,
    presenceColor: row.presence_color ?? null,
    deviceHash: row.device_hash ?? null,
  };
}
