import type { CreateInviteBody } from '../../shared/api/invites';
import { api, sessionCookieFrom, type TestServer } from './testServer';

/** An invitation link made by the owner through the real route; returns its token. */
export async function createInvite(server: TestServer, ownerCookie: string, planId: string, body: CreateInviteBody): Promise<{ token: string; id: string }> {
  const response = await api(server.url, ownerCookie)(`/api/plans/${planId}/invites`, { method: 'POST', body });
  if (response.status !== 201) throw new Error(`creating an invite failed: ${response.status} ${await response.text()}`);
  const { url, invite } = (await response.json()) as { url: string; invite: { id: string } };
  return { token: url.split('/invite/')[1]!, id: invite.id };
}

/** A guest joins through a link; returns their session cookie. */
export async function joinAsGuest(server: TestServer, token: string, displayName: string): Promise<string> {
  const response = await api(server.url, null)(`/api/invites/${token}/redeem`, { method: 'POST', body: { displayName } });
  if (response.status !== 200) throw new Error(`joining failed: ${response.status} ${await response.text()}`);
  return sessionCookieFrom(response);
}
