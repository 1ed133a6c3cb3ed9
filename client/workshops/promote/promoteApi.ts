import type {
  PromoteBody,
  PromoteResponse,
  PromoteTargetsResponse,
  ResultFormat,
} from '../../../shared/api/workshopResults';
import { apiPath, badResponse, isRecord, request } from '../../http/request';

/** The plan's focus areas and strategies, to choose where a result goes. */
export async function fetchPromoteTargets(
  workshopId: string,
  signal?: AbortSignal,
): Promise<PromoteTargetsResponse> {
  const body = await request(apiPath`/api/workshops/${workshopId}/promote-targets`, { signal });
  if (!isRecord(body) || !Array.isArray(body.focusAreas)) throw badResponse('promote targets');
  return body as unknown as PromoteTargetsResponse;
}

export async function promoteResult(workshopId: string, body: PromoteBody): Promise<PromoteResponse> {
  const answer = await request(apiPath`/api/workshops/${workshopId}/promote`, {
    method: 'POST',
    json: body,
  });
  if (!isRecord(answer) || typeof answer.itemId !== 'string') throw badResponse('promote');
  return answer as unknown as PromoteResponse;
}

/** A plain link target: the browser downloads the file with the session cookie. */
export function resultsDownloadPath(workshopId: string, format: ResultFormat, lang: string): string {
  return `${apiPath`/api/workshops/${workshopId}/results.`}${format}?${new URLSearchParams({ lang }).toString()}`;
}
