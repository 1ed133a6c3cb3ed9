import { z } from 'zod';
import { ROLES, type InvitableRole, type Role } from '../auth/roles';

export interface MemberSummary {
  /** `user:<id>` or `guest:<id>`. */
  principal: string;
  kind: 'user' | 'guest';
  name: string;
  association: string | null;
  role: Role;
  /** The link the person came in through (what the owner calls it), or null when added by name. */
  joinedThrough: { inviteId: string; label: string; role: InvitableRole } | null;
}

export interface MemberListResponse {
  members: MemberSummary[];
}

export const changeRoleBodySchema = z.object({ role: z.enum(ROLES) });
