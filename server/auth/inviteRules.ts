import type { InviteRecord, RedeemOutcome } from '../storage/Storage';

/** Why an invite cannot be used now, or null when it can. Every storage applies the same rule. */
export function inviteProblem(invite: InviteRecord | null, now: number): Exclude<RedeemOutcome, 'ok'> | null {
  if (!invite) return 'unknown';
  if (invite.revokedAt !== null) return 'revoked';
  if (invite.expiresAt !== null && invite.expiresAt <= now) return 'expired';
  if (invite.maxUses !== null && invite.uses >= invite.maxUses) return 'exhausted';
  return null;
}
