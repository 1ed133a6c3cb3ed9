import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiErrorCode } from '../../shared/api/errors';
import type { Role } from '../../shared/auth/roles';
import { inboxAccess } from '../../shared/inputs/inboxAccess';
import type { PlanRecord } from '../storage/Storage';
import type { AuthContext } from './authContext';
import { sendError } from './errors';
import { requirePlan } from './guards';

/**
 * The plan when the caller may use its input inbox as `need` says: 'read' for those the owner
 * opened it to (and everyone who handles input), 'handle' to change anything. Otherwise a 401,
 * 403 or 404 is sent and null returned. The owner's choice is read fresh on every request.
 */
export async function requireInbox(
  request: FastifyRequest,
  reply: FastifyReply,
  auth: AuthContext,
  planId: string,
  need: 'read' | 'handle',
): Promise<{ plan: PlanRecord; role: Role; access: 'read' | 'handle' } | null> {
  const found = await requirePlan(request, reply, auth, planId, null);
  if (!found) return null;
  const settings = await auth.storage.publicPages.getSettings(found.plan.id);
  const access = inboxAccess(found.role, settings?.inboxRoles ?? []);
  if (access === null || (need === 'handle' && access !== 'handle')) {
    void sendError(
      reply,
      403,
      ApiErrorCode.Forbidden,
      need === 'handle'
        ? 'Your role may not handle input'
        : 'Your role may not read the input inbox',
    );
    return null;
  }
  return { ...found, access };
}
