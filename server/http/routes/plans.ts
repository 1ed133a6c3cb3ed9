import type { FastifyInstance } from 'fastify';
import {
  createPlanBodySchema,
  type PlanListResponse,
  type PlanResponse,
  type PlanSummary,
} from '../../../shared/api/plans';
import { ApiErrorCode } from '../../../shared/api/errors';
import { AuditAction } from '../../../shared/api/audit';
import type { Role } from '../../../shared/auth/roles';
import type { PlanRecord } from '../../storage/Storage';
import { createPlan } from '../../plans/createPlan';
import { roleIn } from '../../auth/planRoles';
import { inboxAccess } from '../../../shared/inputs/inboxAccess';
import type { AuthContext } from '../authContext';
import { requirePlan, requireUser } from '../guards';
import { sendError } from '../errors';

/** The presenter: the explicit list of what leaves the server about a plan. */
export function presentPlan(plan: PlanRecord, role: Role | null): PlanSummary {
  return {
    id: plan.id,
    title: plan.title,
    municipality: plan.municipality,
    updatedAt: plan.updatedAt,
    role,
  };
}

export function planRoutes(app: FastifyInstance, auth: AuthContext): void {
  app.get('/api/plans', async (request, reply) => {
    const identity = request.identity;
    if (identity.kind === 'anonymous')
      return sendError(reply, 401, ApiErrorCode.Unauthorized, 'Log in first');
    const plans = await auth.storage.plans.listPlans();
    const visible: PlanSummary[] = [];
    for (const plan of plans) {
      const role = await roleIn(identity, plan.id, auth.storage);
      if (role) visible.push(presentPlan(plan, role));
    }
    const response: PlanListResponse = { plans: visible };
    return response;
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
