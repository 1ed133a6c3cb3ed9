import type {
  CreateInviteBody,
  CreateInviteResponse,
  InviteInfoResponse,
  InviteListResponse,
  InviteSummary,
  RedeemInviteBody,
  RevokeInviteBody,
  RevokeInviteResponse,
} from '../../shared/api/invites';
import type { MeResponse } from '../../shared/api/auth';
import { toMeResponse } from './authApi';
import { apiPath, badResponse, isRecord, request } from './request';

/*
 * Invitation links. Answers are checked for their outer shape only: the contract types in
 * shared/api describe the rest, and a wrong inner field shows up as a missing word, not a crash.
 */

function invites(body: unknown): InviteSummary[] {
  if (!isRecord(body) || !Array.isArray(body.invites)) throw badResponse('invites');
  return (body as unknown as InviteListResponse).invites;
}

export async function fetchInvites(planId: string, signal?: AbortSignal): Promise<InviteSummary[]> {
  return invites(await request(apiPath`/api/plans/${planId}/invites`, { signal }));
}

export async function createInvite(
  planId: string,
  body: CreateInviteBody,
): Promise<CreateInviteResponse> {
  const answer = await request(apiPath`/api/plans/${planId}/invites`, {
    method: 'POST',
    json: body,
  });
  if (!isRecord(answer) || typeof answer.url !== 'string' || !isRecord(answer.invite))
    throw badResponse('invite');
  return answer as unknown as CreateInviteResponse;
}

/** Revokes the link and, in the same step, removes the staff named who joined through it. */
export async function revokeInvite(
  planId: string,
  inviteId: string,
  removeMembers: readonly string[],
): Promise<RevokeInviteResponse> {
  const answer = await request(apiPath`/api/plans/${planId}/invites/${inviteId}/revoke`, {
    method: 'POST',
    json: { removeMembers: [...removeMembers] } satisfies RevokeInviteBody,
  });
  if (!isRecord(answer) || !Array.isArray(answer.removed)) throw badResponse('revoke');
  return answer as unknown as RevokeInviteResponse;
}

export async function fetchInviteInfo(
  token: string,
  signal?: AbortSignal,
): Promise<InviteInfoResponse> {
  const body = await request(apiPath`/api/invites/${token}`, { signal });
  if (!isRecord(body) || typeof body.status !== 'string') throw badResponse('invite info');
  return body as unknown as InviteInfoResponse;
}

export async function redeemInvite(token: string, body: RedeemInviteBody): Promise<MeResponse> {
  return toMeResponse(
    await request(apiPath`/api/invites/${token}/redeem`, { method: 'POST', json: body }),
  );
}
