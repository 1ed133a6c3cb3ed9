import { joinCodeResponseSchema, type JoinCodeResponse } from '../../shared/api/joinCodes';
import { ApiError, apiPath, badResponse, request } from '../http/request';

/**
 * The workshop's join code as everyone who runs it sees it, or null when it has none in use
 * (never made, expired, withdrawn). Kept apart from joinCodesApi: the join pages do not need zod.
 */
export async function fetchShownJoinCode(
  workshopId: string,
  signal?: AbortSignal,
): Promise<JoinCodeResponse | null> {
  try {
    const body = await request(apiPath`/api/workshops/${workshopId}/join-code`, { signal });
    const parsed = joinCodeResponseSchema.safeParse(body);
    if (!parsed.success) throw badResponse('join code');
    return parsed.data;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
