import type { Role } from '../../../shared/auth/roles';
import type { MemberRecord } from '../Storage';

/** A `plan_members` row joined with the member's name and email from `users`. */
export interface MemberRow {
  plan_id: string;
  user_id: string;
  role: Role;
  invite_id: string | null;
  name: string;
  email: string;
}

export function toNamedMember(row: MemberRow): MemberRecord & { name: string; email: string } {
  return { planId: row.plan_id, userId: row.user_id, role: row.role, joinedThrough: row.invite_id ?? null, name: row.name, email: row.email };
}
