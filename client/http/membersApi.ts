import type { MemberListResponse, MemberSummary } from '../../shared/api/members';
import type { Role } from '../../shared/auth/roles';
import { apiPath, badResponse, isRecord, request } from './request';

/** The people in a plan and their roles (owner only; the server checks). */

export async function fetchMembers(planId: string, signal?: AbortSignal): Promise<MemberSummary[]> {
  const body = await request(apiPath`/api/plans/${planId}/members`, { signal });
  if (!isRecord(body) || !Array.isArray(body.members)) throw badResponse('members');
  return (body as unknown as MemberListResponse).members;
}

export async function changeRole(planId: string, principal: string, role: Role): Promise<void> {
  await request(apiPath`/api/plans/${planId}/members/${principal}`, {
    method: 'PATCH',
    json: { role },
  });
}

export async function removeMember(planId: string, principal: string): Promise<void> {
  await request(apiPath`/api/plans/${planId}/members/${principal}`, { method: 'DELETE' });
}
