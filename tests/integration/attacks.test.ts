import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { ErrorCode, Limits, PROTOCOL_VERSION, planDocName, type Access, type JoinResult, type Problem, type SyncAck } from '../../shared/protocol';
import { addFocusArea, listFocusAreas } from '../../shared/plan/focusAreas';
import { io } from 'socket.io-client';
import { wireParser } from '../../shared/protocol/wireParser';
import type { ClientSocket } from '../../client/sync/SyncConnection';
import { api, createStaff, loginCookie, ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';
import { connectClient, rawSocket, stateOf, type TestClient } from '../support/syncClient';
import { createInvite, joinAsGuest } from '../support/people';
import { waitFor } from '../support/waitFor';
import { hashToken } from '../../server/auth/tokens';

let server: TestServer;
let owner: { cookie: string; planId: string; userId: string };
let docName: string;
let ownerClient: TestClient;
const sockets: ClientSocket[] = [];

beforeEach(async () => {
  server = await startTestServer({ seedDemo: false });
  owner = await ownerWithPlan(server);
  docName = planDocName(owner.planId);
  ownerClient = connectClient(server.url, docName, owner.cookie);
  await ownerClient.provider.whenSynced();
  addFocusArea(ownerClient.doc, { title: 'Frivillighet' });
  await ownerClient.provider.whenSaved();
});

afterEach(async () => {
  sockets.splice(0).forEach((s) => s.disconnect());
  ownerClient.close();
  await server.dispose();
});

async function guestCookie(role: 'editor' | 'observer' | 'participant' | 'facilitator', name: string): Promise<string> {
  const { token } = await createInvite(server, owner.cookie, owner.planId, { role, expiresInHours: 24, maxUses: 5 });
  return joinAsGuest(server, token, name);
}

async function socketAs(cookie: string | null): Promise<ClientSocket> {
  const s = rawSocket(server.url, cookie);
  sockets.push(s);
  await waitFor(() => s.connected, 'socket to connect');
  return s;
}

type Emit = { emit(...args: unknown[]): void };
const join = (s: ClientSocket, doc = docName) =>
  new Promise<JoinResult>((resolve) => (s as unknown as Emit).emit('join', { doc, protocol: PROTOCOL_VERSION }, resolve));
const send = (s: ClientSocket, message: Uint8Array) =>
  new Promise<SyncAck>((resolve) => (s as unknown as Emit).emit('sync', docName, message, resolve));

function hostileUpdate(): Uint8Array {
  const doc = new Y.Doc();
  addFocusArea(doc, { title: 'Innbrudd' });
  const encoder = encoding.createEncoder();
  syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(doc));
  return encoding.toUint8Array(encoder);
}

/** The server's document is as the owner left it, and the owner still saves new edits. */
async function expectDocumentUnchanged(before: string): Promise<void> {
  const live = await server.medverk.docs.open(docName);
  try {
    expect(stateOf(live.doc)).toBe(before);
    expect(listFocusAreas(live.doc).map((a) => a.title.toString())).toEqual(['Frivillighet']);
  } finally {
    server.medverk.docs.release(docName);
  }
  addFocusArea(ownerClient.doc, { title: 'Fortsatt i arbeid' });
  await ownerClient.provider.whenSaved();
}

describe('the server refuses what a role does not allow', () => {
  it('an observer may read, but its sync updates are refused and audited', async () => {
    const before = stateOf(ownerClient.doc);
    const s = await socketAs(await guestCookie('observer', 'Olav Observatør'));
    expect(await join(s)).toEqual({ ok: true, access: 'read' });
    expect(await send(s, hostileUpdate())).toMatchObject({ ok: false, code: ErrorCode.ReadOnly });
    await expectDocumentUnchanged(before);
    const audit = (await (await api(server.url, owner.cookie)(`/api/plans/${owner.planId}/audit`)).json()) as {
      entries: { action: string; actor: string }[];
    };
    expect(audit.entries.some((e) => e.action === 'write.refused' && e.actor.includes('Olav'))).toBe(true);
  });

  it("an observer's oversized or forged presence is refused", async () => {
    ownerClient.provider.awareness.setLocalStateField('user', { name: 'Saksbehandler', color: '#0062ba' });
    const live = await server.medverk.docs.open(docName);
    await waitFor(() => live.awareness.getStates().has(ownerClient.doc.clientID), 'owner presence on the server');
    server.medverk.docs.release(docName);
    const s = await socketAs(await guestCookie('observer', 'Olav'));
    await join(s);
    const problems: Problem[] = [];
    s.on('problem', (p) => problems.push(p));
    (s as unknown as Emit).emit('awareness', docName, new Uint8Array(Limits.maxAwarenessBytes + 1));
    const forged = encoding.createEncoder();
    encoding.writeVarUint(forged, 1);
    encoding.writeVarUint(forged, ownerClient.doc.clientID);
    encoding.writeVarUint(forged, 999_999);
    encoding.writeVarString(forged, JSON.stringify({ user: { name: 'Falsk', color: '#000000' } }));
    (s as unknown as Emit).emit('awareness', docName, encoding.toUint8Array(forged));
    await waitFor(() => problems.length >= 2, 'two problems');
    expect(problems.map((p) => p.code)).toEqual([ErrorCode.MessageTooLarge, ErrorCode.PresenceTaken]);
    const mine = ownerClient.provider.awareness.getLocalState() as { user: { name: string } };
    expect(mine.user.name).toBe('Saksbehandler');
  });

  it('a participant cannot open or write the plan', async () => {
    const before = stateOf(ownerClient.doc);
    const s = await socketAs(await guestCookie('participant', 'Pia'));
    expect(await join(s)).toMatchObject({ ok: false, code: ErrorCode.Forbidden });
    expect(await send(s, hostileUpdate())).toMatchObject({ ok: false, code: ErrorCode.NotJoined });
    await expectDocumentUnchanged(before);
  });

  it('staff of another municipality, or guests of another plan, cannot join', async () => {
    const before = stateOf(ownerClient.doc);
    await createStaff(server, { email: 'bergen@bergen.kommune.no', name: 'Bergen', password: 'bergen-passord-1' });
    const stranger = await socketAs(await loginCookie(server.url, 'bergen@bergen.kommune.no', 'bergen-passord-1'));
    expect(await join(stranger)).toMatchObject({ ok: false, code: ErrorCode.Forbidden });
    const other = await ownerWithPlan(server, 'Annen plan');
    const { token } = await createInvite(server, other.cookie, other.planId, { role: 'editor', expiresInHours: 1, maxUses: 1 });
    const outsider = await socketAs(await joinAsGuest(server, token, 'Utenfra'));
    expect(await join(outsider)).toMatchObject({ ok: false, code: ErrorCode.Forbidden });
    const anonymous = await socketAs(null);
    expect(await join(anonymous)).toMatchObject({ ok: false, code: ErrorCode.Forbidden });
    await expectDocumentUnchanged(before);
  });

  it('forged and tampered cookies are nobody', async () => {
    const real = await guestCookie('editor', 'Eva');
    const tampered = real.slice(0, -2) + (real.endsWith('A') ? 'BB' : 'AA');
    for (const cookie of ['medverk_session=forged-token-value', tampered, 'medverk_session=']) {
      expect((await api(server.url, cookie)('/api/plans')).status).toBe(401);
      const me = (await (await api(server.url, cookie)('/api/auth/me')).json()) as { me: unknown };
      expect(me.me).toBeNull();
      expect(await join(await socketAs(cookie))).toMatchObject({ ok: false, code: ErrorCode.Forbidden });
    }
  });

  it('refuses expired, revoked, exhausted and unknown links with a clear answer', async () => {
    const expiredToken = 'expired-token-for-test-0123456789abcdef';
    await server.medverk.storage.invites.createInvite({
      id: 'expiredinvite', planId: owner.planId, tokenHash: hashToken(expiredToken), role: 'editor', label: '',
      createdBy: owner.userId, createdAt: 1, expiresAt: 2, maxUses: null, uses: 0, revokedAt: null,
    });
    const revoked = await createInvite(server, owner.cookie, owner.planId, { role: 'editor', expiresInHours: 1, maxUses: null });
    expect((await api(server.url, owner.cookie)(`/api/plans/${owner.planId}/invites/${revoked.id}`, { method: 'DELETE' })).status).toBe(204);
    const single = await createInvite(server, owner.cookie, owner.planId, { role: 'editor', expiresInHours: 1, maxUses: 1 });
    await joinAsGuest(server, single.token, 'Først');
    const cases: [string, number, string][] = [
      [expiredToken, 410, 'invite-expired'],
      [revoked.token, 410, 'invite-revoked'],
      [single.token, 410, 'invite-exhausted'],
      ['no-such-token', 404, 'invite-unknown'],
    ];
    for (const [token, status, code] of cases) {
      const response = await api(server.url, null)(`/api/invites/${token}/redeem`, { method: 'POST', body: { displayName: 'Sen' } });
      expect(response.status).toBe(status);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
      expect(response.headers.getSetCookie()).toEqual([]);
    }
    const info = (await (await api(server.url, null)(`/api/invites/${revoked.token}`)).json()) as { status: string };
    expect(info.status).toBe('revoked');
  });

  it('refuses state changes without our Origin (CSRF), over HTTP and websocket', async () => {
    const noOrigin = await fetch(`${server.url}/api/plans`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: owner.cookie },
      body: JSON.stringify({ title: 'Smuglet' }),
    });
    expect(noOrigin.status).toBe(403);
    expect(((await noOrigin.json()) as { error: { code: string } }).error.code).toBe('bad-origin');
    const evil = await fetch(`${server.url}/api/plans/${owner.planId}/invites`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: owner.cookie, origin: 'https://evil.example' },
      body: JSON.stringify({ role: 'editor', expiresInHours: null, maxUses: null }),
    });
    expect(evil.status).toBe(403);
    const plans = (await (await api(server.url, owner.cookie)('/api/plans')).json()) as { plans: { title: string }[] };
    expect(plans.plans.map((p) => p.title)).toEqual(['Temaplan']);
    // A page on another site opening a websocket with the victim's cookie.
    const hijack: ClientSocket = io(server.url, {
      transports: ['websocket'],
      parser: wireParser,
      forceNew: true,
      reconnection: false,
      extraHeaders: { cookie: owner.cookie, origin: 'https://evil.example' },
    });
    sockets.push(hijack);
    const failed = await new Promise<boolean>((resolve) => {
      hijack.once('connect', () => resolve(false));
      hijack.once('connect_error', () => resolve(true));
    });
    expect(failed).toBe(true);
  });

  it('changes of role and withdrawn links reach open connections at once', async () => {
    const editorCookie = await guestCookie('editor', 'Eva');
    const editor = connectClient(server.url, docName, editorCookie);
    const observerInvite = await createInvite(server, owner.cookie, owner.planId, { role: 'observer', expiresInHours: 1, maxUses: 1 });
    const observer = connectClient(server.url, docName, await joinAsGuest(server, observerInvite.token, 'Olav'));
    try {
      await Promise.all([editor.provider.whenSynced(), observer.provider.whenSynced()]);
      expect(editor.provider.access).toBe('write');
      const members = (await (await api(server.url, owner.cookie)(`/api/plans/${owner.planId}/members`)).json()) as {
        members: { principal: string; name: string }[];
      };
      const eva = members.members.find((m) => m.name === 'Eva')!;
      const accessSeen: (Access | null)[] = [];
      editor.provider.on('access', (access) => accessSeen.push(access));
      const started = Date.now();
      const patch = await api(server.url, owner.cookie)(`/api/plans/${owner.planId}/members/${encodeURIComponent(eva.principal)}`, {
        method: 'PATCH',
        body: { role: 'observer' },
      });
      expect(patch.status).toBe(204);
      await waitFor(() => editor.provider.access === 'read', 'the downgrade to reach the editor', 1_000);
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(accessSeen).toEqual(['read']);
      const s = await socketAs(editorCookie);
      expect(await join(s)).toEqual({ ok: true, access: 'read' });

      const revoke = await api(server.url, owner.cookie)(`/api/plans/${owner.planId}/invites/${observerInvite.id}`, { method: 'DELETE' });
      expect(revoke.status).toBe(204);
      await waitFor(() => observer.provider.status.state === 'error', 'the observer to be cut off', 1_000);
      expect(observer.provider.status).toMatchObject({ state: 'error', code: ErrorCode.Forbidden });
    } finally {
      editor.close();
      observer.close();
    }
  });
});

describe('login brute force', () => {
  it('is slowed down per account with a clear answer', async () => {
    await createStaff(server, { email: 'kari@asker.kommune.no', name: 'Kari', password: 'det-riktige-passordet' });
    const attempt = (password: string) =>
      api(server.url, null)('/api/auth/login', { method: 'POST', body: { email: 'kari@asker.kommune.no', password } });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await attempt(`gjett-${i}`)).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    const limited = await attempt('det-riktige-passordet');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('rate-limited');
  });
});
