import type { FastifyInstance } from 'fastify';
import {
  createInviteBodySchema,
  redeemInviteBodySchema,
  type CreateInviteResponse,
  type InviteInfoResponse,
  type InviteListResponse,
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
    const [invites, guests] = await Promise.all([
      auth.storage.invites.listInvites(found.plan.id),
      auth.storage.invites.listGuests(found.plan.id),
    ]);
    const now = Date.now();
    return { invites: invites.map((invite) => presentInvite(invite, guests, now)) } satisfies InviteListResponse;
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
    const response: CreateInviteResponse = { invite: presentInvite(invite, [], now), url: inviteUrl(origin, token) };
    return reply.status(201).send(response);
  });

  app.delete<{ Params: { id: string; inviteId: string } }>('/api/plans/:id/invites/:inviteId', async (request, reply) => {
    const found = await requirePlan(request, reply, auth, request.params.id, Permission.ManagePeople);
    if (!found) return reply;
    const invite = await auth.storage.invites.getInvite(request.params.inviteId);
    if (!invite || invite.planId !== found.plan.id) return sendError(reply, 404, ApiErrorCode.NotFound, 'No such invitation');
    await auth.storage.invites.revokeInvite(invite.id, Date.now());
    // Everyone who came in through the link loses access now, on every open connection.
    const guests = (await auth.storage.invites.listGuests(found.plan.id)).filter((g) => g.inviteId === invite.id);
    const tokenHashes = await auth.storage.accounts.deleteGuestSessions(guests.map((g) => g.id));
    auth.changes.publish({ kind: 'sessions', tokenHashes });
    auth.changes.publish({ kind: 'plan', planId: found.plan.id });
    auth.audit.record(AuditAction.InviteRevoked, request.identity, found.plan.id, { invite: invite.id, guests: guests.length });
    return reply.status(204).send();
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
