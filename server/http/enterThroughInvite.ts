import type { FastifyReply } from 'fastify';
import type { RedeemInviteBody } from '../../shared/api/invites';
import { AuditAction } from '../../shared/api/audit';
import { newId } from '../../shared/plan/items';
import type { Identity } from '../auth/identity';
import type { GuestRecord, InviteRecord } from '../storage/Storage';
import type { AuthContext } from './authContext';
import { setSessionCookie } from './identityHooks';
import type { RedeemRefusal } from './redeemRefusal';

/**
 * Lets someone in through an invitation, once the route has found it and spent the attempt
 * budgets: staff join as members with its role (never lowering a role they already have), anyone
 * else becomes a new guest of its plan with a session cookie on the reply. Storage checks the
 * invite and counts the use in one transaction. Returns who is in now, or why the invite refused.
 */
export async function enterThroughInvite(
  auth: AuthContext,
  reply: FastifyReply,
  identity: Identity,
  invite: InviteRecord,
  form: RedeemInviteBody,
  now: number,
): Promise<Identity | RedeemRefusal> {
  if (identity.kind === 'user') {
    const outcome = await auth.storage.invites.useInvite(invite.id, now);
    if (outcome !== 'ok') return outcome;
    if (!(await auth.storage.members.getRole(invite.planId, identity.user.id))) {
      await auth.storage.members.setRole(invite.planId, identity.user.id, invite.role);
    }
    auth.audit.record(AuditAction.InviteRedeemed, identity, invite.planId, { invite: invite.id, role: invite.role });
    return identity;
  }
  const guest: GuestRecord = {
    id: newId(),
    planId: invite.planId,
    inviteId: invite.id,
    displayName: form.displayName,
    association: form.association || null,
    role: invite.role,
    createdAt: now,
  };
  const outcome = await auth.storage.invites.redeemInvite(invite.id, guest, now);
  if (outcome !== 'ok') return outcome;
  const { token, record } = await auth.sessions.start({ guestId: guest.id }, now);
  setSessionCookie(reply, token, auth.sessions.ttlMs);
  const guestIdentity: Identity = { kind: 'guest', guest, sessionHash: record.tokenHash };
  auth.audit.record(AuditAction.InviteRedeemed, guestIdentity, invite.planId, { invite: invite.id, role: invite.role });
  return guestIdentity;
}
