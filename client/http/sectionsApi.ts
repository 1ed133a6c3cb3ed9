import type { PlanSection, PlanSectionsResponse } from '../../shared/api/sections';
import { apiPath, badResponse, isRecord, request } from './request';

export type { PlanSection };

/** The current draft's parts in reading order (whole plan, focus areas, strategies). */
export async function fetchPlanSections(
  planId: string,
  signal?: AbortSignal,
): Promise<PlanSection[]> {
  const body = await request(apiPath`/api/plans/${planId}/sections`, { signal });
  if (!isRecord(body) || !Array.isArray(body.sections)) throw badResponse('sections');
  return (body as unknown as PlanSectionsResponse).sections;
}
