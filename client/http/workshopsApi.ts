import type {
  CreateWorkshopBody,
  WorkshopListResponse,
  WorkshopResponse,
  WorkshopSummary,
} from '../../shared/api/workshops';
import { clockOffset } from '../../shared/workshop/timer';
import { ApiError, apiPath, badResponse, isRecord, request } from './request';

export type WorkshopInfo = WorkshopResponse['workshop'];

export async function fetchWorkshops(
  planId: string,
  signal?: AbortSignal,
): Promise<WorkshopSummary[]> {
  const body = await request(apiPath`/api/plans/${planId}/workshops`, { signal });
  if (!isRecord(body) || !Array.isArray(body.workshops)) throw badResponse('workshops');
  return (body as unknown as WorkshopListResponse).workshops;
}

export async function createWorkshop(
  planId: string,
  body: CreateWorkshopBody,
): Promise<WorkshopInfo> {
  const answer = await request(apiPath`/api/plans/${planId}/workshops`, {
    method: 'POST',
    json: body,
  });
  if (!isRecord(answer) || !isRecord(answer.workshop)) throw badResponse('workshop');
  return (answer as unknown as WorkshopResponse).workshop;
}

/**
 * One workshop with the caller's role, and how far the server's clock is ahead of ours: the
 * server's time in the answer taken as the midpoint of the round trip (error ≤ half of it).
 */
export async function fetchWorkshop(
  workshopId: string,
  signal?: AbortSignal,
): Promise<{ workshop: WorkshopInfo; clockOffsetMs: number }> {
  const sentAt = Date.now();
  const response = await fetch(apiPath`/api/workshops/${workshopId}`, {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
    ...(signal ? { signal } : {}),
  });
  const receivedAt = Date.now();
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = isRecord(body) && isRecord(body.error) ? body.error : {};
    const code = typeof error.code === 'string' ? error.code : 'http-error';
    throw new ApiError(response.status, code, response.statusText);
  }
  if (!isRecord(body) || !isRecord(body.workshop)) throw badResponse('workshop');
  const answer = body as unknown as WorkshopResponse;
  const clockOffsetMs =
    typeof answer.serverTime === 'number'
      ? Math.round(clockOffset({ sentAt, serverTime: answer.serverTime, receivedAt }))
      : 0;
  return { workshop: answer.workshop, clockOffsetMs };
}
