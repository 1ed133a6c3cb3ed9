import type { MeResponse } from '../../shared/api/auth';
import type { UserSummary } from '../../shared/api/users';
import type {
  ResetLanguage,
  ResetLinkResponse,
  ResetLinkStatusResponse,
} from '../../shared/api/passwordReset';
import { toMeResponse } from '../http/authApi';
import { apiPath, badResponse, isRecord, request } from '../http/request';

/** Password reset over HTTP. The token goes in request bodies only, never in a URL. */

export async function fetchResetByEmail(signal?: AbortSignal): Promise<boolean> {
  const body = await request('/api/password-reset', { signal });
  if (!isRecord(body) || typeof body.byEmail !== 'boolean') throw badResponse('reset options');
  return body.byEmail;
}

export async function askForResetLink(email: string, language: ResetLanguage): Promise<void> {
  await request('/api/password-reset/request', { method: 'POST', json: { email, language } });
}

export async function fetchResetLinkStatus(
  token: string,
  signal?: AbortSignal,
): Promise<ResetLinkStatusResponse> {
  const body = await request('/api/password-reset/status', {
    method: 'POST',
    json: { token },
    signal,
  });
  if (!isRecord(body) || typeof body.email !== 'string' || typeof body.expiresAt !== 'number')
    throw badResponse('reset link status');
  return { email: body.email, expiresAt: body.expiresAt };
}

export async function resetPassword(token: string, password: string): Promise<MeResponse> {
  return toMeResponse(
    await request('/api/password-reset', { method: 'POST', json: { token, password } }),
  );
}

export async function fetchUsers(signal?: AbortSignal): Promise<UserSummary[]> {
  const body = await request('/api/users', { signal });
  if (!isRecord(body) || !Array.isArray(body.users)) throw badResponse('users');
  return body.users.filter(
    (user): user is UserSummary =>
      isRecord(user) &&
      typeof user.id === 'string' &&
      typeof user.name === 'string' &&
      typeof user.email === 'string',
  );
}

export async function makeResetLink(userId: string): Promise<ResetLinkResponse> {
  const body = await request(apiPath`/api/users/${userId}/password-reset`, {
    method: 'POST',
    json: {},
  });
  if (!isRecord(body) || typeof body.url !== 'string' || typeof body.expiresAt !== 'number')
    throw badResponse('reset link');
  return { url: body.url, expiresAt: body.expiresAt };
}
