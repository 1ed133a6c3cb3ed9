import type { FastifyInstance } from 'fastify';
import {
  createPlanBodySchema,
  makeOwnerBodySchema,
  type PlanListResponse,
  type PlanResponse,
} from '../../../shared/api/plans';
import { ApiErrorCode } from '../../../shared/api/errors';
import { AuditAction } from '../../../shared/api/audit';
import { presentPlan } from '../presenters/plan';
import { createPlan } from '../../plans/createPlan';
import { inboxAccess } from '../../../shared/inputs/inboxAccess';
import type { AuthContext } from '../authContext';
import { requirePlan, requireUser } from '../guards';
import { sendError } from '../errors';
import { plansVisibleTo } from '../../plans/plansVisibleTo';

export function planRoutes(app: FastifyInstance, auth: AuthContext): void {
  app.get('/api/plans', async (request, reply) => {
    const identity = request.identity;
    if (identity.kind === 'anonymous')
      return sendError(reply, 401, ApiErrorCode.Unauthorized, 'Log in first');
    const response: PlanListResponse = { plans: await plansVisibleTo(identity, auth) };
    return response;
  });

  /*
   * An administrator makes a staff account (their own or another's) owner of any plan, so a plan
   * whose owners left, or the demo plan of an installation set up by script, is never orphaned.
   */
  app.post<{ Params: { id: string } }>('/api/plans/:id/owners', async (request, reply) => {
    const admin = requireUser(request, reply);
    if (!admin) return reply;
    if (!admin.isAdmin)
      return sendError(reply, 403, ApiErrorCode.Forbidden, 'Only administrators make owners');
    const body = makeOwnerBodySchema.safeParse(request.body);
    if (!body.success)
      return sendError(reply, 400, ApiErrorCode.BadRequest, 'userId must be an account id');
    const plan = await auth.storage.plans.getPlan(request.params.id);
    if (!plan) return sendError(reply, 404, ApiErrorCode.NotFound, 'No such plan');
    const user = await auth.storage.accounts.getUser(body.data.userId);
    if (!user) return sendError(reply, 404, ApiErrorCode.NotFound, 'No such account');
    await auth.storage.members.setRole(plan.id, user.id, 'owner');
    auth.changes.publish({ kind: 'plan', planId: plan.id });
    auth.audit.record(AuditAction.RoleChanged, request.identity, plan.id, {
      member: `user:${user.id}`,
      name: user.name,
      role: 'owner',
      via: 'administrator',
    });
    return reply.status(204).send();
  });

  app.post('/api/plans', async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    const body = createPlanBodySchema.safeParse(request.body);
    if (!body.success) {
      return sendError(
        reply,
        400,
        ApiErrorCode.BadRequest,
        body.error.issues.map((i) => i.message).join('; '),
      );
    }
    const plan = await createPlan(auth.storage.plans, body.data);
    await auth.storage.members.setRole(plan.id, user.id, 'owner');
    auth.audit.record(AuditAction.PlanCreated, request.identity, plan.id, { title: plan.title });
    const response: PlanResponse = { plan: presentPlan(plan, 'owner') };
    return reply.status(201).send(response);
  });

  app.get<{ Params: { id: string } }>('/api/plans/:id', async (request, reply) => {
    // Any role may see the plan's name; what they may do with it is decided per action.
    const found = await requirePlan(request, reply, auth, request.params.id, null);
    if (!found) return reply;
    const settings = await auth.storage.publicPages.getSettings(found.plan.id);
    const inbox = inboxAccess(found.role, settings?.inboxRoles ?? []);
    return { plan: { ...presentPlan(found.plan, found.role), inbox } } satisfies PlanResponse;
  });
}
