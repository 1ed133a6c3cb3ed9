import type { FastifyReply } from 'fastify';
import type { RedeemInviteBody } from '../../shared/api/invites';
import { AuditAction } from '../../shared/api/audit';
import { newId } from '../../shared/plan/items';
import type { Identity } from '../auth/identity';
import { inviteProblem } from '../auth/inviteRules';
import type { GuestRecord, InviteRecord } from '../storage/Storage';
import type { AuthContext } from './authContext';
import { deviceHashOf } from './deviceCookie';
import { setSessionCookie } from './identityHooks';
import type { RedeemRefusal } from './redeemRefusal';

/**
 * Lets someone in through an invitation, once the route has found it and spent the attempt
 * budgets: staff join as members with its role (never lowering a role they already have), anyone
 * else becomes a guest of its plan with a session cookie on the reply (through a participant
 * link, the guest this device joined as before, if any). Storage checks the
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
      await auth.storage.members.setRole(invite.planId, identity.user.id, invite.role, invite.id);
    }
    auth.audit.record(AuditAction.InviteRedeemed, identity, invite.planId, { invite: invite.id, role: invite.role });
    return identity;
  }
  // Participant links (workshop links and codes): one device, one participant. Staff links make a
  // guest per use, as before: colleagues may share a machine to join as themselves.
  if (invite.role !== 'participant') return newGuest(auth, reply, invite, form, now, null);
  const deviceHash = deviceHashOf(reply);
  // Two redemptions from one device at once must not both miss the other's guest.
  return auth.storage.locks.withLock(`invite-device:${invite.id}:${deviceHash}`, async () => {
    const returning = await auth.storage.invites.findGuestByDevice(invite.id, deviceHash);
    return returning ? reenter(auth, reply, returning, invite, now) : newGuest(auth, reply, invite, form, now, deviceHash);
  });
}

async function newGuest(
  auth: AuthContext,
  reply: FastifyReply,
  invite: InviteRecord,
  form: RedeemInviteBody,
  now: number,
  deviceHash: string | null,
): Promise<Identity | RedeemRefusal> {
  const guest: GuestRecord = {
    id: newId(),
    planId: invite.planId,
    inviteId: invite.id,
    displayName: form.displayName,
    association: form.association || null,
    role: invite.role,
    createdAt: now,
    deviceHash,
  };
  const outcome = await auth.storage.invites.redeemInvite(invite.id, guest, now);
  if (outcome !== 'ok') return outcome;
  const identity = await startGuestSession(auth, reply, guest, now);
  auth.audit.record(AuditAction.InviteRedeemed, identity, invite.planId, { invite: invite.id, role: invite.role });
  return identity;
}

/**
 * The same device through the same participant link again (a closed tab, an expired session, a
 * second scan of the code): the guest it joined as, with a new session, so their notes and votes
 * stay theirs and their vote budget is not refilled (and a removed participant stays removed).
 * Not a new use of the link, so a full link still lets them back in; a revoked or expired one
 * does not. The name typed this time is not taken: the room knows them by the first, and a link
 * must not be a way to rename someone.
 */
async function reenter(
  auth: AuthContext,
  reply: FastifyReply,
  guest: GuestRecord,
  invite: InviteRecord,
  now: number,
): Promise<Identity | RedeemRefusal> {
  const problem = inviteProblem(invite, now);
  if (problem !== null && problem !== 'exhausted') return problem;
  const identity = await startGuestSession(auth, reply, guest, now);
  auth.audit.record(AuditAction.InviteRedeemed, identity, invite.planId, { invite: invite.id, role: guest.role, returning: true });
  return identity;
}

async function startGuestSession(auth: AuthContext, reply: FastifyReply, guest: GuestRecord, now: number): Promise<Identity> {
  const { token, record } = await auth.sessions.start({ guestId: guest.id }, now);
  setSessionCookie(reply, token, auth.sessions.ttlMs);
  return { kind: 'guest', guest, sessionHash: record.tokenHash };
}
