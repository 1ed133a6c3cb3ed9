import { z } from 'zod';
import { INVITABLE_ROLES, type InvitableRole } from '../auth/roles';
import { displayNameSchema } from './auth';
import { InputLimits as L } from './limits';

export const createInviteBodySchema = z.object({
  role: z.enum(INVITABLE_ROLES),
  /** Hours until the link stops working; null for no expiry. */
  expiresInHours: z.number().int().min(1).max(L.inviteMaxHours).nullable(),
  /** How many people may join through it; null for unlimited. */
  maxUses: z.number().int().min(1).max(L.inviteMaxUses).nullable(),
  label: z.string().trim().max(L.inviteLabelMax).optional(),
});
export type CreateInviteBody = z.infer<typeof createInviteBodySchema>;

export const redeemInviteBodySchema = z.object({
  displayName: displayNameSchema,
  association: z.string().trim().max(L.associationMax).optional(),
});
export type RedeemInviteBody = z.infer<typeof redeemInviteBodySchema>;

export type InviteStatus = 'active' | 'expired' | 'revoked' | 'exhausted';

export interface InviteSummary {
  id: string;
  role: InvitableRole;
  label: string;
  createdAt: number;
  expiresAt: number | null;
  maxUses: number | null;
  uses: number;
  status: InviteStatus;
  /** People who joined through the link. */
  joined: { id: string; name: string; association: string | null; joinedAt: number }[];
}

export interface InviteListResponse {
  invites: InviteSummary[];
}

/** Returned once, at creation: the link holds the secret token, which the server keeps hashed. */
export interface CreateInviteResponse {
  invite: InviteSummary;
  url: string;
}

/** What the invite landing page may show before anyone joins. */
export interface InviteInfoResponse {
  status: InviteStatus;
  /** Where the link leads, so a signed-in person can be taken there after joining. */
  planId: string;
  planTitle: string | null;
  role: InvitableRole | null;
}
