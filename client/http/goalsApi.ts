import type {
  FocusAreaGoalsBody,
  GoalBody,
  GoalListResponse,
  GoalResponse,
  PlanGoal,
} from '../../shared/api/publicPage';
import { apiPath, badResponse, isRecord, request } from './request';

/** The master plan's goals the plan serves, and which focus areas serve each. */

function goalsOf(body: unknown): PlanGoal[] {
  if (!isRecord(body) || !Array.isArray(body.goals)) throw badResponse('goals');
  return (body as unknown as GoalListResponse).goals;
}

function goalOf(body: unknown): PlanGoal {
  if (!isRecord(body) || !isRecord(body.goal)) throw badResponse('goal');
  return (body as unknown as GoalResponse).goal;
}

export async function fetchGoals(planId: string, signal?: AbortSignal): Promise<PlanGoal[]> {
  return goalsOf(await request(apiPath`/api/plans/${planId}/goals`, { signal }));
}

export async function createGoal(planId: string, body: GoalBody): Promise<PlanGoal> {
  return goalOf(await request(apiPath`/api/plans/${planId}/goals`, { method: 'POST', json: body }));
}

export async function updateGoal(
  planId: string,
  goalId: string,
  body: GoalBody,
): Promise<PlanGoal> {
  return goalOf(
    await request(apiPath`/api/plans/${planId}/goals/${goalId}`, { method: 'PATCH', json: body }),
  );
}

/** `ids`: every goal of the plan, once, in the new order. */
export async function reorderGoals(planId: string, ids: readonly string[]): Promise<PlanGoal[]> {
  return goalsOf(
    await request(apiPath`/api/plans/${planId}/goals/order`, { method: 'PUT', json: { ids } }),
  );
}

export async function removeGoal(planId: string, goalId: string): Promise<void> {
  await request(apiPath`/api/plans/${planId}/goals/${goalId}`, { method: 'DELETE' });
}

/** Replaces the goals one focus area serves; the answer is every goal with its links. */
export async function setFocusAreaGoals(
  planId: string,
  focusAreaId: string,
  goalIds: readonly string[],
): Promise<PlanGoal[]> {
  const body: FocusAreaGoalsBody = { goalIds: [...goalIds] };
  return goalsOf(
    await request(apiPath`/api/plans/${planId}/focus-areas/${focusAreaId}/goals`, {
      method: 'PUT',
      json: body,
    }),
  );
}
