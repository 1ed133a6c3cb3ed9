import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import {
  ErrorCode,
  PROTOCOL_VERSION,
  planDocName,
  type JoinResult,
  type Problem,
  type SyncAck,
} from '../../shared/protocol';
import type { AuditListResponse } from '../../shared/api/audit';
import type { InviteSummary, RevokeInviteResponse } from '../../shared/api/invites';
import type { MemberSummary } from '../../shared/api/members';
import { addFocusArea } from '../../shared/plan/focusAreas';
import type { ClientSocket } from '../../client/sync/SyncConnection';
import {
  addMember,
  api,
  createStaff,
  loginCookie,
  ownerWithPlan,
  startTestServer,
  type TestServer,
} from '../support/testServer';
import { rawSocket } from '../support/syncClient';
import { createInvite, joinAsGuest } from '../support/people';
import { waitFor } from '../support/waitFor';

const PASSWORD = 'riktig-passord-1';

let server: TestServer;
let owner: { cookie: string; planId: string; userId: string };
let docName: string;
const sockets: ClientSocket[] = [];

beforeEach(async () => {
  server = await startTestServer({ seedDemo: false });
  owner = await ownerWithPlan(server);
  docName = planDocName(owner.planId);
});

afterEach(async () => {
  sockets.splice(0).forEach((s) => s.disconnect());
  await server.dispose();
});

interface Staff {
  id: string;
  principal: string;
  cookie: string;
}

let staffCount = 0;
/** A signed-in staff account (no role in the plan yet). */
async function staff(name: string): Promise<Staff> {
  const email = `${name.toLowerCase()}-${++staffCount}@asker.kommune.no`;
  const { id } = await createStaff(server, { email, name, password: PASSWORD });
  return { id, principal: `user:${id}`, cookie: await loginCookie(server.url, email, PASSWORD) };
}

/** Staff joins the plan the way the invite page does: redeeming the link while signed in. */
async function staffJoins(person: Staff, token: string): Promise<void> {
  const response = await api(server.url, person.cookie)(`/api/invites/${token}/redeem`, {
    method: 'POST',
    body: { displayName: 'ignored for staff' },
  });
  expect(response.status).toBe(200);
}

type Emit = { emit(...args: unknown[]): void };
type On = { on(event: string, listener: (...args: unknown[]) => void): void };

/** A socket in the plan document, and what the server told it, in order. */
async function inPlan(cookie: string): Promise<{ socket: ClientSocket; heard: string[] }> {
  const socket = rawSocket(server.url, cookie);
  sockets.push(socket);
  const heard: string[] = [];
  const on = (socket as unknown as On).on.bind(socket);
  on('access', (doc, access) => heard.push(`access ${String(doc)} ${String(access)}`));
  on('problem', (problem) => heard.push(`problem ${(problem as Problem).code}`));
  on('disconnect', () => heard.push('disconnected'));
  await waitFor(() => socket.connected, 'the socket to connect');
  const joined = await new Promise<JoinResult>((resolve) =>
    (socket as unknown as Emit).emit('join', { doc: docName, protocol: PROTOCOL_VERSION }, resolve),
  );
  expect(joined).toEqual({ ok: true, access: 'write' });
  return { socket, heard };
}

function write(socket: ClientSocket, title: string): Promise<SyncAck> {
  const doc = new Y.Doc();
  addFocusArea(doc, { title });
  const encoder = encoding.createEncoder();
  syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(doc));
  return new Promise<SyncAck>((resolve) =>
    (socket as unknown as Emit).emit('sync', docName, encoding.toUint8Array(encoder), resolve),
  );
}

const revoke = (cookie: string, inviteId: string, removeMembers?: string[], planId = owner.planId) =>
  api(server.url, cookie)(`/api/plans/${planId}/invites/${inviteId}/revoke`, {
    method: 'POST',
    body: removeMembers === undefined ? {} : { removeMembers },
  });

async function invites(): Promise<InviteSummary[]> {
  const response = await api(server.url, owner.cookie)(`/api/plans/${owner.planId}/invites`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { invites: InviteSummary[] }).invites;
}

async function members(): Promise<MemberSummary[]> {
  const response = await api(server.url, owner.cookie)(`/api/plans/${owner.planId}/members`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { members: MemberSummary[] }).members;
}

const planStatus = async (cookie: string) =>
  (await api(server.url, cookie)(`/api/plans/${owner.planId}`)).status;

/** The state of an invitation as its landing page sees it. */
const linkStatus = async (token: string) =>
  ((await (await api(server.url, null)(`/api/invites/${token}`)).json()) as { status: string }).status;

describe('revoking an invitation', () => {
  it('lists who came in through a link by kind; revoked without removal, staff keep their role and guests are cut off', async () => {
    const link = await createInvite(server, owner.cookie, owner.planId, {
      role: 'editor',
      expiresInHours: 24,
      maxUses: null,
      label: 'Arbeidsgruppen',
    });
    const kari = await staff('Kari');
    await staffJoins(kari, link.token);
    const guestCookie = await joinAsGuest(server, link.token, 'Gro');
    const listed = (await invites()).find((invite) => invite.id === link.id)!;
    expect(listed.joined.map((guest) => guest.name)).toEqual(['Gro']);
    expect(listed.joinedStaff).toEqual([{ principal: kari.principal, name: 'Kari', role: 'editor' }]);
    expect((await members()).find((m) => m.principal === kari.principal)?.joinedThrough).toEqual({
      inviteId: link.id,
      label: 'Arbeidsgruppen',
      role: 'editor',
    });

    const guest = await inPlan(guestCookie);
    const staffer = await inPlan(kari.cookie);
    const response = await revoke(owner.cookie, link.id, []);
    expect(response.status).toBe(200);
    expect((await response.json()) as RevokeInviteResponse).toEqual({ guests: 1, removed: [] });

    await waitFor(() => guest.heard.includes('disconnected'), 'the guest to be cut off');
    expect(guest.heard).toEqual([`access ${docName} null`, `problem ${ErrorCode.Forbidden}`, 'disconnected']);
    expect(await planStatus(guestCookie)).toBe(401);
    // Kari keeps her role and her open document, and the owner still sees that she came in by it.
    expect(await write(staffer.socket, 'Kari skriver videre')).toEqual({ ok: true });
    expect(staffer.heard).toEqual([]);
    expect(await planStatus(kari.cookie)).toBe(200);
    const after = (await invites()).find((invite) => invite.id === link.id)!;
    expect(after.status).toBe('revoked');
    expect(after.joinedStaff.map((person) => person.principal)).toEqual([kari.principal]);
  });

  it('removes the staff named in the same step: they lose access over HTTP and in their open document', async () => {
    const link = await createInvite(server, owner.cookie, owner.planId, { role: 'editor', expiresInHours: 24, maxUses: null });
    const kari = await staff('Kari');
    const ola = await staff('Ola');
    await staffJoins(kari, link.token);
    await staffJoins(ola, link.token);
    // Kari was made an owner since: another owner may still remove her; the caller stays owner.
    const promote = await api(server.url, owner.cookie)(`/api/plans/${owner.planId}/members/${encodeURIComponent(kari.principal)}`, {
      method: 'PATCH',
      body: { role: 'owner' },
    });
    expect(promote.status).toBe(204);
    const karis = await inPlan(kari.cookie);
    const olas = await inPlan(ola.cookie);

    const started = Date.now();
    const response = await revoke(owner.cookie, link.id, [kari.principal]);
    expect(response.status).toBe(200);
    expect((await response.json()) as RevokeInviteResponse).toEqual({ guests: 0, removed: [kari.principal] });
    await waitFor(() => karis.heard.length >= 2, 'the plan to be withdrawn from Kari', 1_000);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(karis.heard).toEqual([`access ${docName} null`, `problem ${ErrorCode.Forbidden}`]);
    expect(await write(karis.socket, 'Etter fjerning')).toMatchObject({ ok: false });
    expect(await planStatus(kari.cookie)).toBe(403);

    expect(await write(olas.socket, 'Ola blir')).toEqual({ ok: true });
    expect(await planStatus(ola.cookie)).toBe(200);
    const principals = (await members()).map((m) => m.principal);
    expect(principals).not.toContain(kari.principal);
    expect(principals).toEqual(expect.arrayContaining([ola.principal, `user:${owner.userId}`]));
    const ownerRole = (await members()).find((m) => m.principal === `user:${owner.userId}`)?.role;
    expect(ownerRole).toBe('owner');

    // The log holds ids and counts, no names.
    const audit = (await (await api(server.url, owner.cookie)(`/api/plans/${owner.planId}/audit`)).json()) as AuditListResponse;
    const revoked = audit.entries.find((entry) => entry.action === 'invite.revoked');
    const actor = `user:${owner.userId}`;
    expect(revoked?.detail).toEqual({ principal: actor, invite: link.id, guests: 0, removedMembers: 1 });
    const removed = audit.entries.filter((entry) => entry.action === 'member.removed');
    expect(removed.map((entry) => entry.detail)).toEqual([{ principal: actor, member: kari.principal, invite: link.id }]);
  });

  it('refuses to remove the caller or anyone who did not come in through the link, and then changes nothing', async () => {
    const link = await createInvite(server, owner.cookie, owner.planId, { role: 'editor', expiresInHours: 24, maxUses: null });
    const other = await createInvite(server, owner.cookie, owner.planId, { role: 'observer', expiresInHours: 24, maxUses: null });
    const byName = await staff('Berit');
    await addMember(server, owner.planId, byName.id, 'editor');
    const viaOther = await staff('Per');
    await staffJoins(viaOther, other.token);
    const viaLink = await staff('Kari');
    await staffJoins(viaLink, link.token);
    // A co-owner who came in through the link may revoke it, but not remove herself with it.
    await addMember(server, owner.planId, viaLink.id, 'owner');

    for (const [caller, removeMembers] of [
      [viaLink.cookie, [viaLink.principal]],
      [owner.cookie, [`user:${owner.userId}`]],
      [owner.cookie, [byName.principal]],
      [owner.cookie, [viaLink.principal, viaOther.principal]],
      [owner.cookie, ['guest:someone']],
    ] as const) {
      const response = await revoke(caller, link.id, [...removeMembers]);
      expect(response.status, JSON.stringify(removeMembers)).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('bad-request');
    }
    expect(await linkStatus(link.token)).toBe('active');
    for (const person of [byName, viaOther, viaLink]) expect(await planStatus(person.cookie)).toBe(200);
  });

  it('is for the owner of the link’s plan only: other roles get 403, another plan’s link 404', async () => {
    const link = await createInvite(server, owner.cookie, owner.planId, { role: 'editor', expiresInHours: 24, maxUses: null });
    const editor = await staff('Eva');
    await staffJoins(editor, link.token);
    const guestCookie = await joinAsGuest(server, link.token, 'Gro');
    expect((await revoke(editor.cookie, link.id)).status).toBe(403);
    expect((await revoke(guestCookie, link.id)).status).toBe(403);
    expect((await revoke(editor.cookie, link.id, [editor.principal])).status).toBe(403);

    const elsewhere = await ownerWithPlan(server, 'En annen plan');
    const foreign = await createInvite(server, elsewhere.cookie, elsewhere.planId, { role: 'editor', expiresInHours: 24, maxUses: null });
    expect((await revoke(owner.cookie, foreign.id)).status).toBe(404);
    expect([403, 404]).toContain((await revoke(owner.cookie, foreign.id, [], elsewhere.planId)).status);
    expect((await revoke(owner.cookie, 'no-such-invite')).status).toBe(404);
    expect(await linkStatus(link.token)).toBe('active');
    expect(await linkStatus(foreign.token)).toBe('active');
  });

  it('still answers the older DELETE, which revokes without removing anyone', async () => {
    const link = await createInvite(server, owner.cookie, owner.planId, { role: 'editor', expiresInHours: 24, maxUses: null });
    const kari = await staff('Kari');
    await staffJoins(kari, link.token);
    const response = await api(server.url, owner.cookie)(`/api/plans/${owner.planId}/invites/${link.id}`, { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(await linkStatus(link.token)).toBe('revoked');
    expect(await planStatus(kari.cookie)).toBe(200);
    const after = (await invites()).find((invite) => invite.id === link.id)!;
    expect(after.joinedStaff.map((person) => person.principal)).toEqual([kari.principal]);
  });
});
