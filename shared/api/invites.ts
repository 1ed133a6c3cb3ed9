import { z } from 'zod';
import { INVITABLE_ROLES, type InvitableRole, type Role } from '../auth/roles';
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
  /** Guests who joined through the link: revoking it ends their access. */
  joined: { id: string; name: string; association: string | null; joinedAt: number }[];
  /** Staff who joined the plan through the link: revoking it leaves their role unless they are removed too. */
  joinedStaff: JoinedStaff[];
}

export interface JoinedStaff {
  /** `user:<id>`, as in the members list. */
  principal: string;
  name: string;
  role: Role;
}

export interface InviteListResponse {
  invites: InviteSummary[];
}

/** Returned once, at creation: the link holds the secret token, which the server keeps hashed. */
export interface CreateInviteResponse {
  invite: InviteSummary;
  url: string;
}

/** Revoking a link, and removing staff who joined through it in the same step. */
export const revokeInviteBodySchema = z.object({
  /** Principals (`user:<id>`) of staff who joined through the link, to remove from the plan. */
  removeMembers: z.array(z.string().max(80)).max(L.inviteMaxUses).default([]),
});
export type RevokeInviteBody = z.input<typeof revokeInviteBodySchema>;

export interface RevokeInviteResponse {
  /** How many guests lost their access with the link. */
  guests: number;
  /** Principals of the staff removed from the plan. */
  removed: string[];
}

/** What the invite landing page may show before anyone joins. */
export interface InviteInfoResponse {
  status: InviteStatus;
  /** Where the link leads, so a signed-in person can be taken there after joining. */
  planId: string;
  planTitle: string | null;
  role: InvitableRole | null;
}
