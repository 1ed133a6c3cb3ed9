import { z } from 'zod';
import { ROLES, type Role } from '../auth/roles';

export interface MemberSummary {
  /** `user:<id>` or `guest:<id>`. */
  principal: string;
  kind: 'user' | 'guest';
  name: string;
  association: string | null;
  role: Role;
}

export interface MemberListResponse {
  members: MemberSummary[];
}

export const changeRoleBodySchema = z.object({ role: z.enum(ROLES) });
