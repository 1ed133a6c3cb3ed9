import type { PlanLanguageResponse } from '../../shared/api/planIdentity';
import { isPlanLanguage, type PlanLanguage } from '../../shared/plan/contentLanguage';
import { apiPath, badResponse, isRecord, request } from '../http/request';

/** The owner sets the language the plan is written in (server/http/routes/planIdentity.ts). */
export async function updatePlanLanguage(planId: string, contentLanguage: PlanLanguage): Promise<PlanLanguageResponse> {
  const body = await request(apiPath`/api/plans/${planId}/language`, { method: 'PUT', json: { contentLanguage } });
  if (!isRecord(body) || !isPlanLanguage(body.contentLanguage)) throw badResponse('plan language');
  return { contentLanguage: body.contentLanguage };
}
