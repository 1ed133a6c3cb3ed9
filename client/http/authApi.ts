import type { LoginBody, Me, MeResponse, SetupBody } from '../../shared/api/auth';
import { isRole } from '../../shared/auth/roles';
import { badResponse, isRecord, request } from './request';

/** Identity over HTTP: who is logged in, logging in and out, the first administrator. */

function toMe(value: unknown): Me | null {
  if (value === null) return null;
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.name !== 'string')
    throw badResponse('me');
  if (value.kind === 'user' && typeof value.email === 'string')
    return {
      kind: 'user',
      id: value.id,
      name: value.name,
      email: value.email,
      isAdmin: value.isAdmin === true,
    };
  if (value.kind === 'guest' && typeof value.planId === 'string' && isRole(value.role)) {
    const association = typeof value.association === 'string' ? value.association : null;
    return {
      kind: 'guest',
      id: value.id,
      name: value.name,
      association,
      planId: value.planId,
      role: value.role,
    };
  }
  throw badResponse('me');
}

export function toMeResponse(body: unknown): MeResponse {
  if (!isRecord(body)) throw badResponse('me');
  return {
    me: toMe(body.me ?? null),
    oidc: body.oidc === true,
    needsSetup: body.needsSetup === true,
  };
}

export async function fetchMe(signal?: AbortSignal): Promise<MeResponse> {
  return toMeResponse(await request('/api/auth/me', { signal }));
}

export async function logIn(body: LoginBody): Promise<MeResponse> {
  return toMeResponse(await request('/api/auth/login', { method: 'POST', json: body }));
}

export async function logOut(): Promise<void> {
  await request('/api/auth/logout', { method: 'POST' });
}

export async function completeSetup(body: SetupBody): Promise<MeResponse> {
  return toMeResponse(await request('/api/setup', { method: 'POST', json: body }));
}

/** Where the identity provider's login starts; it comes back to `returnTo` on this site. */
export function oidcStartUrl(returnTo: string): string {
  return `/api/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`;
}
