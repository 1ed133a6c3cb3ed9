import type { FastifyInstance, FastifyReply } from 'fastify';
import { changeRoleBodySchema, type MemberListResponse } from '../../../shared/api/members';
import { ApiErrorCode } from '../../../shared/api/errors';
import { AuditAction } from '../../../shared/api/audit';
import { Permission } from '../../../shared/auth/roles';
import type { AuthContext } from '../authContext';
import { requirePlan } from '../guards';
import { sendError } from '../errors';
import { presentMembers } from '../presenters/member';

type Principal = { kind: 'user' | 'guest'; id: string; name: string };

function parsePrincipal(value: string): Principal | null {
  const match = /^(user|guest):([A-Za-z0-9_-]{1,64})$/.exec(value);
  return match ? { kind: match[1] as Principal['kind'], id: match[2]!, name: '' } : null;
}

export function memberRoutes(app: FastifyInstance, auth: AuthContext): void {
  app.get<{ Params: { id: string } }>('/api/plans/:id/members', async (request, reply) => {
    const found = await requirePlan(request, reply, auth, request.params.id, Permission.ManagePeople);
    if (!found) return reply;
    const [users, guests, invites] = await Promise.all([
      auth.storage.members.listMembers(found.plan.id),
      auth.storage.invites.listGuests(found.plan.id),
      auth.storage.invites.listInvites(found.plan.id),
    ]);
    return { members: presentMembers(users, guests, invites) } satisfies MemberListResponse;
  });

  /** Finds the member in this plan; sends 404 when there is none. */
  async function findMember(planId: string, principal: string, reply: FastifyReply): Promise<Principal | null> {
    const parsed = parsePrincipal(principal);
    let name: string | null = null;
    if (parsed?.kind === 'user' && (await auth.storage.members.getRole(planId, parsed.id)) !== null) {
      name = (await auth.storage.accounts.getUser(parsed.id))?.name ?? null;
    } else if (parsed?.kind === 'guest') {
      const guest = await auth.storage.invites.getGuest(parsed.id);
      if (guest?.planId === planId) name = guest.displayName;
    }
    if (!parsed || name === null) {
      void sendError(reply, 404, ApiErrorCode.NotFound, 'No such member of this plan');
      return null;
    }
    return { ...parsed, name };
  }

  app.patch<{ Params: { id: string; principal: string } }>('/api/plans/:id/members/:principal', async (request, reply) => {
    const found = await requirePlan(request, reply, auth, request.params.id, Permission.ManagePeople);
    if (!found) return reply;
    const body = changeRoleBodySchema.safeParse(request.body);
    if (!body.success) return sendError(reply, 400, ApiErrorCode.BadRequest, 'role must be one of the plan roles');
    const member = await findMember(found.plan.id, request.params.principal, reply);
    if (!member) return reply;
    if (member.kind === 'guest' && body.data.role === 'owner') {
      return sendError(reply, 400, ApiErrorCode.BadRequest, 'Guests cannot own a plan; invite a staff account instead');
    }
    if (member.kind === 'user') await auth.storage.members.setRole(found.plan.id, member.id, body.data.role);
    else await auth.storage.invites.setGuestRole(member.id, body.data.role);
    auth.changes.publish({ kind: 'plan', planId: found.plan.id });
    auth.audit.record(AuditAction.RoleChanged, request.identity, found.plan.id, { member: request.params.principal, name: member.name, role: body.data.role });
    return reply.status(204).send();
  });

  app.delete<{ Params: { id: string; principal: string } }>('/api/plans/:id/members/:principal', async (request, reply) => {
    const found = await requirePlan(request, reply, auth, request.params.id, Permission.ManagePeople);
    if (!found) return reply;
    const member = await findMember(found.plan.id, request.params.principal, reply);
    if (!member) return reply;
    if (member.kind === 'user') {
      await auth.storage.members.removeMember(found.plan.id, member.id);
    } else {
      const tokenHashes = await auth.storage.accounts.deleteGuestSessions([member.id]);
      await auth.storage.invites.deleteGuest(member.id);
      auth.changes.publish({ kind: 'sessions', tokenHashes });
    }
    auth.changes.publish({ kind: 'plan', planId: found.plan.id });
    auth.audit.record(AuditAction.MemberRemoved, request.identity, found.plan.id, { member: request.params.principal, name: member.name });
    return reply.status(204).send();
  });
}
