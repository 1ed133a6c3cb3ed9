import type {
  PlanIdentityResponse,
  UpdatePlanIdentityBody,
} from '../../shared/api/planIdentity';
import { apiPath, badResponse, isRecord, request } from '../http/request';

/** The municipality a plan is for: its name and logo (server/http/routes/planIdentity.ts). */

function identityOf(body: unknown): PlanIdentityResponse {
  if (!isRecord(body) || typeof body.municipality !== 'string' || !('logo' in body)) {
    throw badResponse('plan identity');
  }
  return body as unknown as PlanIdentityResponse;
}

export async function fetchPlanIdentity(
  planId: string,
  signal?: AbortSignal,
): Promise<PlanIdentityResponse> {
  return identityOf(await request(apiPath`/api/plans/${planId}/identity`, { signal }));
}

export async function updatePlanIdentity(
  planId: string,
  body: UpdatePlanIdentityBody,
): Promise<PlanIdentityResponse> {
  return identityOf(
    await request(apiPath`/api/plans/${planId}/identity`, { method: 'PATCH', json: body }),
  );
}

/** A logo is at most 512 kB: fetch is enough, no progress to show. */
export async function uploadPlanLogo(planId: string, file: File): Promise<PlanIdentityResponse> {
  const form = new FormData();
  form.append('logo', file, file.name);
  return identityOf(
    await request(apiPath`/api/plans/${planId}/logo`, { method: 'POST', body: form }),
  );
}

export async function removePlanLogo(planId: string): Promise<PlanIdentityResponse> {
  return identityOf(await request(apiPath`/api/plans/${planId}/logo`, { method: 'DELETE' }));
}
