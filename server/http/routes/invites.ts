import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  createInviteBodySchema,
  redeemInviteBodySchema,
  revokeInviteBodySchema,
  type CreateInviteResponse,
  type InviteInfoResponse,
  type InviteListResponse,
  type RevokeInviteResponse,
} from '../../../shared/api/invites';
import { ApiErrorCode } from '../../../shared/api/errors';
import { AuditAction } from '../../../shared/api/audit';
import { Permission } from '../../../shared/auth/roles';
import { newId } from '../../../shared/plan/items';
import { hashToken, newToken } from '../../auth/tokens';
import type { AuthContext } from '../authContext';
import { requirePlan } from '../guards';
import { sendError } from '../errors';
import { enterThroughInvite } from '../enterThroughInvite';
import { redeemRefusal, refusalMessages } from '../redeemRefusal';
import { presentMe } from '../presenters/me';
import { inviteStatus, presentInvite } from '../presenters/invite';
import { tooMany } from './tooMany';

const REFUSALS = refusalMessages('invitation link');

function inviteUrl(origin: string, token: string): string {
  return `${origin}/invite/${token}`;
}

export function inviteRoutes(app: FastifyInstance, auth: AuthContext): void {
  app.get<{ Params: { id: string } }>('/api/plans/:id/invites', async (request, reply) => {
    const found = await requirePlan(request, reply, auth, request.params.id, Permission.ManagePeople);
    if (!found) return reply;
    const [invites, guests, members] = await Promise.all([
      auth.storage.invites.listInvites(found.plan.id),
      auth.storage.invites.listGuests(found.plan.id),
      auth.storage.members.listMembers(found.plan.id),
    ]);
    const now = Date.now();
    return { invites: invites.map((invite) => presentInvite(invite, guests, members, now)) } satisfies InviteListResponse;
  });

  app.post<{ Params: { id: string } }>('/api/plans/:id/invites', async (request, reply) => {
    const found = await requirePlan(request, reply, auth, request.params.id, Permission.ManagePeople);
    if (!found) return reply;
    const body = createInviteBodySchema.safeParse(request.body);
    if (!body.success) return sendError(reply, 400, ApiErrorCode.BadRequest, body.error.issues.map((i) => i.message).join('; '));
    const token = newToken();
    const now = Date.now();
    const invite = {
      id: newId(),
      planId: found.plan.id,
      tokenHash: hashToken(token),
      role: body.data.role,
      label: body.data.label ?? '',
      createdBy: request.identity.kind === 'user' ? request.identity.user.id : null,
      createdAt: now,
      expiresAt: body.data.expiresInHours === null ? null : now + body.data.expiresInHours * 3_600_000,
      maxUses: body.data.maxUses,
      uses: 0,
      revokedAt: null,
    };
    await auth.storage.invites.createInvite(invite);
    auth.audit.record(AuditAction.InviteCreated, request.identity, found.plan.id, { invite: invite.id, role: invite.role, label: invite.label });
    const origin = `${request.protocol}://${request.host}`;
    const response: CreateInviteResponse = { invite: presentInvite(invite, [], [], now), url: inviteUrl(origin, token) };
    return reply.status(201).send(response);
  });

  type RevokeRequest = FastifyRequest<{ Params: { id: string; inviteId: string } }>;

  /**
   * Revokes the link: its guests lose access at once, on every open connection. Staff who joined
   * through it keep their role unless named in `removeMembers`; then they are removed in the same
   * step. Only staff who joined through this link may be named, never the caller: an owner stays,
   * so the plan always keeps one. Sends the answer for a refusal and returns null.
   */
  async function revoke(request: RevokeRequest, reply: FastifyReply, removeMembers: readonly string[]): Promise<RevokeInviteResponse | null> {
    const found = await requirePlan(request, reply, auth, request.params.id, Permission.ManagePeople);
    if (!found) return null;
    const planId = found.plan.id;
    const invite = await auth.storage.invites.getInvite(request.params.inviteId);
    if (!invite || invite.planId !== planId) {
      void sendError(reply, 404, ApiErrorCode.NotFound, 'No such invitation');
      return null;
    }
    const named = new Set(removeMembers);
    if (request.identity.kind === 'user' && named.has(`user:${request.identity.user.id}`)) {
      void sendError(reply, 400, ApiErrorCode.BadRequest, 'You cannot remove yourself from the plan');
      return null;
    }
    const joinedStaff = (await auth.storage.members.listMembers(planId)).filter((m) => m.joinedThrough === invite.id);
    const leaving = joinedStaff.filter((m) => named.has(`user:${m.userId}`));
    if (leaving.length !== named.size) {
      void sendError(reply, 400, ApiErrorCode.BadRequest, 'removeMembers may name only staff who joined through this invitation');
      return null;
    }
    await auth.storage.invites.revokeInvite(invite.id, Date.now());
    const guests = (await auth.storage.invites.listGuests(planId)).filter((g) => g.inviteId === invite.id);
    const tokenHashes = await auth.storage.accounts.deleteGuestSessions(guests.map((g) => g.id));
    for (const member of leaving) await auth.storage.members.removeMember(planId, member.userId);
    auth.changes.publish({ kind: 'sessions', tokenHashes });
    auth.changes.publish({ kind: 'plan', planId });
    const removed = leaving.map((m) => `user:${m.userId}`);
    auth.audit.record(AuditAction.InviteRevoked, request.identity, planId, { invite: invite.id, guests: guests.length, removedMembers: removed.length });
    for (const member of removed) auth.audit.record(AuditAction.MemberRemoved, request.identity, planId, { member, invite: invite.id });
    return { guests: guests.length, removed };
  }

  app.post<{ Params: { id: string; inviteId: string } }>('/api/plans/:id/invites/:inviteId/revoke', async (request, reply) => {
    const body = revokeInviteBodySchema.safeParse(request.body ?? {});
    if (!body.success) return sendError(reply, 400, ApiErrorCode.BadRequest, body.error.issues.map((i) => i.message).join('; '));
    const revoked = await revoke(request, reply, body.data.removeMembers);
    return revoked ? revoked : reply;
  });

  // The older form: revokes without removing anyone.
  app.delete<{ Params: { id: string; inviteId: string } }>('/api/plans/:id/invites/:inviteId', async (request, reply) => {
    const revoked = await revoke(request, reply, []);
    return revoked ? reply.status(204).send() : reply;
  });

  app.get<{ Params: { token: string } }>('/api/invites/:token', async (request, reply) => {
    const invite = await auth.storage.invites.getInviteByTokenHash(hashToken(request.params.token));
    if (!invite) return redeemRefusal(reply, 'unknown', REFUSALS);
    const plan = await auth.storage.plans.getPlan(invite.planId);
    return {
      status: inviteStatus(invite, Date.now()),
      planId: invite.planId,
      planTitle: plan?.title ?? null,
      role: invite.role as InviteInfoResponse['role'],
    } satisfies InviteInfoResponse;
  });

  app.post<{ Params: { token: string } }>('/api/invites/:token/redeem', async (request, reply) => {
    const attempt = await auth.limits.redeemPerAddress.take(request.ip);
    if (!attempt.ok) return tooMany(reply, attempt.retryAfterSeconds);
    const body = redeemInviteBodySchema.safeParse(request.body);
    if (!body.success) return sendError(reply, 400, ApiErrorCode.BadRequest, body.error.issues.map((i) => i.message).join('; '));
    const invite = await auth.storage.invites.getInviteByTokenHash(hashToken(request.params.token));
    if (!invite) return redeemRefusal(reply, 'unknown', REFUSALS);
    const perInvite = await auth.limits.redeemPerInvite.take(invite.id);
    if (!perInvite.ok) return tooMany(reply, perInvite.retryAfterSeconds);
    const now = Date.now();
    const entered = await enterThroughInvite(auth, reply, request.identity, invite, body.data, now);
    if (typeof entered === 'string') return redeemRefusal(reply, entered, REFUSALS);
    return { me: presentMe(entered), oidc: auth.oidcEnabled, needsSetup: false };
  });
}
