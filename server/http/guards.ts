import type { FastifyReply, FastifyRequest } from 'fastify';
import { can, type Permission, type Role } from '../../shared/auth/roles';
import { ApiErrorCode } from '../../shared/api/errors';
import { idSchema } from '../../shared/protocol';
import type { PlanRecord, UserRecord } from '../storage/Storage';
import { roleIn } from '../auth/planRoles';
import type { AuthContext } from './authContext';
import { sendError } from './errors';

/** A staff account, or a 401/403 already sent. */
export function requireUser(request: FastifyRequest, reply: FastifyReply): UserRecord | null {
  const identity = request.identity;
  if (identity.kind === 'user') return identity.user;
  if (identity.kind === 'anonymous') void sendError(reply, 401, ApiErrorCode.Unauthorized, 'Log in first');
  else void sendError(reply, 403, ApiErrorCode.Forbidden, 'Only staff accounts may do this');
  return null;
}

/**
 * The plan and the caller's role in it when the role grants `permission` (any role, when
 * `permission` is null); otherwise a 401, 403 or 404 is sent and null returned.
 */
export async function requirePlan(
  request: FastifyRequest,
  reply: FastifyReply,
  auth: AuthContext,
  planId: string,
  permission: Permission | null,
): Promise<{ plan: PlanRecord; role: Role } | null> {
  if (request.identity.kind === 'anonymous') {
    void sendError(reply, 401, ApiErrorCode.Unauthorized, 'Log in or use an invitation link first');
    return null;
  }
  const id = idSchema.safeParse(planId);
  const plan = id.success ? await auth.storage.plans.getPlan(id.data) : null;
  if (!plan) {
    void sendError(reply, 404, ApiErrorCode.NotFound, 'No such plan');
    return null;
  }
  const role = await roleIn(request.identity, plan.id, auth.storage);
  if (!role || (permission !== null && !can(role, permission))) {
    void sendError(reply, 403, ApiErrorCode.Forbidden, 'Your role in this plan does not allow this');
    return null;
  }
  return { plan, role };
}
