import type { Coverage } from '../../shared/workshop/coverage';
import { apiPath, badResponse, isRecord, request } from '../http/request';

export async function fetchCoverage(planId: string, signal?: AbortSignal): Promise<Coverage> {
  const body = await request(apiPath`/api/plans/${planId}/coverage`, { signal });
  if (!isRecord(body) || !Array.isArray(body.rows) || !Array.isArray(body.workshops))
    throw badResponse('coverage');
  return body as unknown as Coverage;
}
