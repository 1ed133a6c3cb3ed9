import { z } from 'zod';
import { INVITABLE_ROLES, type InvitableRole } from '../auth/roles';
import { displayNameSchema } from './auth';

export const createInviteBodySchema = z.object({
  role: z.enum(INVITABLE_ROLES),
  /** Hours until the link stops working; null for no expiry. */
  expiresInHours: z.number().int().min(1).max(24 * 365).nullable(),
  /** How many people may join through it; null for unlimited. */
  maxUses: z.number().int().min(1).max(10_000).nullable(),
  label: z.string().trim().max(120).optional(),
});
export type CreateInviteBody = z.infer<typeof createInviteBodySchema>;

export const redeemInviteBodySchema = z.object({
  displayName: displayNameSchema,
  association: z.string().trim().max(120).optional(),
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
  planTitle: string | null;
  role: InvitableRole | null;
}
