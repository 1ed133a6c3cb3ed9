import type { AuditEntry, AuditListResponse } from '../../shared/api/audit';
import { apiPath, badResponse, isRecord, request } from './request';

/** The plan's audit log, newest first (owner only; the server checks). */
export async function fetchAudit(planId: string, signal?: AbortSignal): Promise<AuditEntry[]> {
  const body = await request(apiPath`/api/plans/${planId}/audit`, { signal });
  if (!isRecord(body) || !Array.isArray(body.entries)) throw badResponse('audit');
  return (body as unknown as AuditListResponse).entries;
}
