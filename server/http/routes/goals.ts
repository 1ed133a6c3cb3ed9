import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AuditAction } from '../../../shared/api/audit';
import { ApiErrorCode } from '../../../shared/api/errors';
import {
  focusAreaGoalsBodySchema,
  goalBodySchema,
  PublicLimits,
  reorderBodySchema,
  type GoalListResponse,
  type GoalResponse,
} from '../../../shared/api/publicPage';
import { Permission } from '../../../shared/auth/roles';
import { getFocusArea } from '../../../shared/plan/focusAreas';
import { newId } from '../../../shared/plan/items';
import { idSchema } from '../../../shared/protocol';
import { positionAfter, reorderPositions } from '../../inputs/reorder';
import type { PublicSideDeps } from '../../inputs/publicSideDeps';
import type { GoalRecord } from '../../storage/Storage';
import { withLiveDoc } from '../../versions/planVersions';
import type { AuthContext } from '../authContext';
import { sendError } from '../errors';
import { requirePlan } from '../guards';
import { parseOr400 } from '../parseRequest';
import { presentGoal } from '../presenters/publicSide';

type PlanParams = { Params: { id: string } };
type GoalParams = { Params: { id: string; goalId: string } };
type FocusAreaParams = { Params: { id: string; focusAreaId: string } };

/**
 * The master plan's goals (kommuneplanens samfunnsdel) this plan serves: kept by the owner; the
 * links from focus areas to goals are part of writing the plan, so editors set them.
 */
export function goalRoutes(
  app: FastifyInstance,
  auth: AuthContext,
  deps: Pick<PublicSideDeps, 'docs'>,
): void {
  const goals = auth.storage.goals;
  const guard = (
    request: FastifyRequest<PlanParams>,
    reply: FastifyReply,
    permission: Permission,
  ) => requirePlan(request, reply, auth, request.params.id, permission);

  async function list(planId: string): Promise<GoalListResponse> {
    const [records, links] = await Promise.all([goals.listGoals(planId), goals.listLinks(planId)]);
    return { goals: records.map((record) => presentGoal(record, links)) };
  }

  async function goalOf(
    planId: string,
    goalId: string,
    reply: FastifyReply,
  ): Promise<GoalRecord | null> {
    const goal = await goals.getGoal(goalId);
    if (goal && goal.planId === planId) return goal;
    void sendError(reply, 404, ApiErrorCode.NotFound, 'No such goal');
    return null;
  }

  async function present(goal: GoalRecord): Promise<GoalResponse> {
    return { goal: presentGoal(goal, await goals.listLinks(goal.planId)) };
  }

  app.get<PlanParams>('/api/plans/:id/goals', async (request, reply) => {
    const found = await guard(request, reply, Permission.ReadPlan);
    if (!found) return reply;
    return list(found.plan.id);
  });

  app.post<PlanParams>('/api/plans/:id/goals', async (request, reply) => {
    const found = await guard(request, reply, Permission.ManagePublicPage);
    if (!found) return reply;
    const body = parseOr400(goalBodySchema, request.body, reply);
    if (!body) return reply;
    const existing = await goals.listGoals(found.plan.id);
    if (existing.length >= PublicLimits.goalsMax) {
      return sendError(
        reply,
        409,
        ApiErrorCode.BadRequest,
        `A plan lists at most ${PublicLimits.goalsMax} goals`,
      );
    }
    const goal: GoalRecord = {
      id: newId(),
      planId: found.plan.id,
      number: body.number,
      title: body.title,
      sdg: body.sdg,
      position: positionAfter(existing.map((g) => g.position)),
      createdAt: Date.now(),
    };
    await goals.addGoal(goal);
    auth.audit.record(AuditAction.GoalsChanged, request.identity, found.plan.id, {
      added: goal.id,
      title: goal.title,
    });
    return reply.status(201).send(await present(goal));
  });

  app.put<PlanParams>('/api/plans/:id/goals/order', async (request, reply) => {
    const found = await guard(request, reply, Permission.ManagePublicPage);
    if (!found) return reply;
    const body = parseOr400(reorderBodySchema, request.body, reply);
    if (!body) return reply;
    const existing = await goals.listGoals(found.plan.id);
    const order = reorderPositions(
      existing.map((g) => g.id),
      body.ids,
    );
    if (!order.ok) return sendError(reply, 400, ApiErrorCode.BadRequest, `ids: ${order.message}`);
    await goals.setGoalPositions(order.positions);
    auth.audit.record(AuditAction.GoalsChanged, request.identity, found.plan.id, {
      reordered: body.ids.length,
    });
    return list(found.plan.id);
  });

  app.patch<GoalParams>('/api/plans/:id/goals/:goalId', async (request, reply) => {
    const found = await guard(request, reply, Permission.ManagePublicPage);
    if (!found) return reply;
    const body = parseOr400(goalBodySchema, request.body, reply);
    if (!body) return reply;
    const goal = await goalOf(found.plan.id, request.params.goalId, reply);
    if (!goal) return reply;
    await goals.updateGoal(goal.id, body);
    auth.audit.record(AuditAction.GoalsChanged, request.identity, found.plan.id, {
      changed: goal.id,
      title: body.title,
    });
    return present({ ...goal, ...body });
  });

  app.delete<GoalParams>('/api/plans/:id/goals/:goalId', async (request, reply) => {
    const found = await guard(request, reply, Permission.ManagePublicPage);
    if (!found) return reply;
    const goal = await goalOf(found.plan.id, request.params.goalId, reply);
    if (!goal) return reply;
    await goals.removeGoal(goal.id);
    auth.audit.record(AuditAction.GoalsChanged, request.identity, found.plan.id, {
      removed: goal.id,
      title: goal.title,
    });
    return reply.status(204).send();
  });

  app.put<FocusAreaParams>(
    '/api/plans/:id/focus-areas/:focusAreaId/goals',
    async (request, reply) => {
      const found = await guard(request, reply, Permission.EditPlan);
      if (!found) return reply;
      const body = parseOr400(focusAreaGoalsBodySchema, request.body, reply);
      if (!body) return reply;
      const focusAreaId = idSchema.safeParse(request.params.focusAreaId);
      const exists =
        focusAreaId.success &&
        (await withLiveDoc(
          deps.docs,
          found.plan.id,
          (doc) => getFocusArea(doc, focusAreaId.data) !== null,
        ));
      if (!focusAreaId.success || !exists)
        return sendError(reply, 404, ApiErrorCode.NotFound, 'No such focus area in this plan');
      const goalIds = [...new Set(body.goalIds)];
      const ours = new Set((await goals.listGoals(found.plan.id)).map((g) => g.id));
      const foreign = goalIds.filter((id) => !ours.has(id));
      if (foreign.length > 0)
        return sendError(
          reply,
          400,
          ApiErrorCode.BadRequest,
          `goalIds: no such goal in this plan: ${foreign.join(', ')}`,
        );
      await goals.setFocusAreaGoals(found.plan.id, focusAreaId.data, goalIds);
      auth.audit.record(AuditAction.GoalsChanged, request.identity, found.plan.id, {
        focusAreaId: focusAreaId.data,
        goalIds,
      });
      return list(found.plan.id);
    },
  );
}
