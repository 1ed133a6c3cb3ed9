import type { FastifyInstance } from 'fastify';
import { createPlanBodySchema, type PlanListResponse, type PlanResponse, type PlanSummary } from '../../../shared/api/plans';
import { ApiErrorCode } from '../../../shared/api/errors';
import { idSchema } from '../../../shared/protocol';
import type { PlanRecord, PlanStorage } from '../../storage/Storage';
import { createPlan } from '../../plans/createPlan';
import { sendError } from '../errors';

/** The presenter: the explicit list of what leaves the server about a plan. */
export function presentPlan(plan: PlanRecord): PlanSummary {
  return { id: plan.id, title: plan.title, municipality: plan.municipality, updatedAt: plan.updatedAt };
}

export function planRoutes(app: FastifyInstance, deps: { plans: PlanStorage }): void {
  app.get('/api/plans', async (): Promise<PlanListResponse> => {
    const plans = await deps.plans.listPlans();
    return { plans: plans.map(presentPlan) };
  });

  app.post('/api/plans', async (request, reply) => {
    const body = createPlanBodySchema.safeParse(request.body);
    if (!body.success) {
      return sendError(reply, 400, ApiErrorCode.BadRequest, body.error.issues.map((i) => i.message).join('; '));
    }
    const plan = await createPlan(deps.plans, body.data);
    const response: PlanResponse = { plan: presentPlan(plan) };
    return reply.status(201).send(response);
  });

  app.get<{ Params: { id: string } }>('/api/plans/:id', async (request, reply) => {
    const id = idSchema.safeParse(request.params.id);
    const plan = id.success ? await deps.plans.getPlan(id.data) : null;
    if (!plan) return sendError(reply, 404, ApiErrorCode.NotFound, 'No such plan');
    const response: PlanResponse = { plan: presentPlan(plan) };
    return response;
  });
}
