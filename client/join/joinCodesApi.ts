import type { RedeemInviteBody } from '../../shared/api/invites';
import type {
  CreateJoinCodeBody,
  CreateJoinCodeResponse,
  JoinCodeInfoResponse,
  JoinCodeRedeemResponse,
} from '../../shared/api/joinCodes';
import { toMeResponse } from '../http/authApi';
import { apiPath, badResponse, isRecord, request } from '../http/request';

export async function createJoinCode(
  workshopId: string,
  body: CreateJoinCodeBody,
): Promise<CreateJoinCodeResponse> {
  const answer = await request(apiPath`/api/workshops/${workshopId}/join-codes`, {
    method: 'POST',
    json: body,
  });
  if (!isRecord(answer) || typeof answer.code !== 'string' || typeof answer.url !== 'string')
    throw badResponse('join code');
  return answer as unknown as CreateJoinCodeResponse;
}

export async function fetchJoinCodeInfo(
  code: string,
  signal?: AbortSignal,
): Promise<JoinCodeInfoResponse> {
  const body = await request(apiPath`/api/join-codes/${code}`, { signal });
  if (!isRecord(body) || typeof body.workshopId !== 'string' || !Array.isArray(body.associations))
    throw badResponse('join code info');
  return body as unknown as JoinCodeInfoResponse;
}

export async function redeemJoinCode(
  code: string,
  body: RedeemInviteBody,
): Promise<JoinCodeRedeemResponse> {
  const answer = await request(apiPath`/api/join-codes/${code}/redeem`, {
    method: 'POST',
    json: body,
  });
  if (!isRecord(answer) || typeof answer.workshopId !== 'string') throw badResponse('join');
  return { ...toMeResponse(answer), workshopId: answer.workshopId };
}
