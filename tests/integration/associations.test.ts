import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditListResponse } from '../../shared/api/audit';
import type { AssociationListResponse, AssociationResponse } from '../../shared/api/associations';
import type { CreateJoinCodeResponse, JoinCodeInfoResponse, JoinCodeRedeemResponse } from '../../shared/api/joinCodes';
import type { WorkshopListResponse, WorkshopResponse } from '../../shared/api/workshops';
import type { Coverage } from '../../shared/workshop/coverage';
import { hashToken } from '../../server/auth/tokens';
import { api, createStaff, loginCookie, ownerWithPlan, sessionCookieFrom, startTestServer, type TestServer } from '../support/testServer';
import { addMember } from '../support/testServer';
import { createInvite, joinAsGuest } from '../support/people';
import { WorkshopClient } from '../support/workshopClient';
import { waitFor } from '../support/waitFor';

let server: TestServer;
let owner: { cookie: string; planId: string; userId: string };
let facilitatorCookie: string;
let workshopId: string;
let docName: string;
const clients: WorkshopClient[] = [];

const asOwner = () => api(server.url, owner.cookie);

beforeAll(async () => {
  server = await startTestServer({ seedDemo: false });
  owner = await ownerWithPlan(server, 'Temaplan for medborgerskap');
  const facilitator = await createStaff(server, { email: 'fasilitator@asker.kommune.no', name: 'Fasilitator Frida', password: 'riktig-passord-1' });
  await addMember(server, owner.planId, facilitator.id, 'facilitator');
  facilitatorCookie = await loginCookie(server.url, 'fasilitator@asker.kommune.no', 'riktig-passord-1');
  const response = await asOwner()(`/api/plans/${owner.planId}/workshops`, {
    method: 'POST',
    body: { title: 'Eldre og frivillighet', anonymous: true, facilitatorSeesAuthors: false },
  });
  expect(response.status).toBe(201);
  const workshop = ((await response.json()) as WorkshopResponse).workshop;
  workshopId = workshop.id;
  docName = workshop.doc;
});

afterAll(async () => {
  clients.forEach((client) => client.close());
  await server.dispose();
});

async function auditActions(): Promise<string[]> {
  const audit = (await (await asOwner()(`/api/plans/${owner.planId}/audit`)).json()) as AuditListResponse;
  return audit.entries.map((entry) => entry.action);
}

async function listNames(cookie: string | null, query = ''): Promise<{ status: number; names: string[] }> {
  const response = await api(server.url, cookie)(`/api/plans/${owner.planId}/associations${query}`);
  if (response.status !== 200) return { status: response.status, names: [] };
  return { status: 200, names: ((await response.json()) as AssociationListResponse).associations.map((a) => a.name) };
}

describe('the association list', () => {
  let ungdom: string;

  it('is kept by the owner: add, rename, remove, each audit-logged', async () => {
    for (const name of ['Ungdomsrådet', 'Asker pensjonistforening', '  Idrettsrådet  ', 'Slettes']) {
      const response = await asOwner()(`/api/plans/${owner.planId}/associations`, { method: 'POST', body: { name } });
      expect(response.status).toBe(201);
      const { association } = (await response.json()) as AssociationResponse;
      if (name === 'Ungdomsrådet') ungdom = association.id;
    }
    expect((await listNames(owner.cookie)).names).toEqual(['Asker pensjonistforening', 'Idrettsrådet', 'Slettes', 'Ungdomsrådet']);

    const duplicate = await asOwner()(`/api/plans/${owner.planId}/associations`, { method: 'POST', body: { name: 'ungdomsrådet ' } });
    expect(duplicate.status).toBe(409);
    const empty = await asOwner()(`/api/plans/${owner.planId}/associations`, { method: 'POST', body: { name: '   ' } });
    expect(empty.status).toBe(400);

    const renamed = await asOwner()(`/api/plans/${owner.planId}/associations/${ungdom}`, { method: 'PATCH', body: { name: 'Ungdomsrådet i Asker' } });
    expect(renamed.status).toBe(200);
    const list = (await (await asOwner()(`/api/plans/${owner.planId}/associations`)).json()) as AssociationListResponse;
    const slettes = list.associations.find((a) => a.name === 'Slettes')!;
    expect((await asOwner()(`/api/plans/${owner.planId}/associations/${slettes.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await asOwner()(`/api/plans/${owner.planId}/associations/${slettes.id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await listNames(owner.cookie)).names).toEqual(['Asker pensjonistforening', 'Idrettsrådet', 'Ungdomsrådet i Asker']);

    const actions = await auditActions();
    expect(actions.filter((a) => a === 'association.added')).toHaveLength(4);
    expect(actions).toContain('association.renamed');
    expect(actions).toContain('association.removed');
  });

  it('is read by everyone in the plan and by holders of a valid link; changed by the owner only', async () => {
    expect((await listNames(facilitatorCookie)).status).toBe(200);
    const { token } = await createInvite(server, owner.cookie, owner.planId, { role: 'participant', expiresInHours: 24, maxUses: null });
    expect((await listNames(null)).status).toBe(401);
    expect((await listNames(null, `?invite=${token}`)).names).toHaveLength(3);
    expect((await listNames(null, `?invite=${'x'.repeat(43)}`)).status).toBe(401);
    const guest = await joinAsGuest(server, token, 'Gjest Gunnar');
    expect((await listNames(guest)).names).toHaveLength(3);

    for (const cookie of [facilitatorCookie, guest]) {
      const add = await api(server.url, cookie)(`/api/plans/${owner.planId}/associations`, { method: 'POST', body: { name: 'Nytt lag' } });
      expect(add.status).toBe(403);
      const remove = await api(server.url, cookie)(`/api/plans/${owner.planId}/associations/${ungdom}`, { method: 'DELETE' });
      expect(remove.status).toBe(403);
    }
    const otherPlan = await ownerWithPlan(server, 'Annen plan');
    const crossed = await api(server.url, otherPlan.cookie)(`/api/plans/${owner.planId}/associations/${ungdom}`, { method: 'PATCH', body: { name: 'Kapret' } });
    expect(crossed.status).toBe(403);
  });
});

describe('joining a workshop by code', () => {
  let created: CreateJoinCodeResponse;

  it('is made by a facilitator, never by a participant', async () => {
    const response = await api(server.url, facilitatorCookie)(`/api/workshops/${workshopId}/join-codes`, { method: 'POST', body: { expiresInHours: 12 } });
    expect(response.status).toBe(201);
    created = (await response.json()) as CreateJoinCodeResponse;
    expect(created.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(created.url).toBe(`${server.url}/join/${created.code}`);
    expect(created.workshopId).toBe(workshopId);
    expect(await auditActions()).toContain('joincode.created');

    const { token } = await createInvite(server, owner.cookie, owner.planId, { role: 'participant', expiresInHours: 24, maxUses: null });
    const guest = await joinAsGuest(server, token, 'Deltaker Dina');
    const refused = await api(server.url, guest)(`/api/workshops/${workshopId}/join-codes`, { method: 'POST', body: { expiresInHours: 12 } });
    expect(refused.status).toBe(403);
    const anonymous = await api(server.url, null)(`/api/workshops/${workshopId}/join-codes`, { method: 'POST', body: { expiresInHours: 12 } });
    expect(anonymous.status).toBe(401);
    const tooLong = await api(server.url, owner.cookie)(`/api/workshops/${workshopId}/join-codes`, { method: 'POST', body: { expiresInHours: 24 * 8 } });
    expect(tooLong.status).toBe(400);
  });

  it('is looked up however it is typed, with the workshop and the association list', async () => {
    for (const typed of [created.code, created.code.toLowerCase(), created.code.replace('-', ''), created.code.replace('-', ' ')]) {
      const response = await api(server.url, null)(`/api/join-codes/${encodeURIComponent(typed)}`);
      expect(response.status).toBe(200);
      const info = (await response.json()) as JoinCodeInfoResponse;
      expect(info).toMatchObject({ status: 'active', workshopId, workshopTitle: 'Eldre og frivillighet', planTitle: 'Temaplan for medborgerskap', alreadyIn: false });
      expect(info.associations.map((a) => a.name)).toEqual(['Asker pensjonistforening', 'Idrettsrådet', 'Ungdomsrådet i Asker']);
    }
    expect((await api(server.url, null)('/api/join-codes/ZZZZ-ZZZZ')).status).toBe(404);
    expect((await api(server.url, null)('/api/join-codes/nonsense')).status).toBe(404);
  });

  async function joinByCode(code: string, displayName: string, association?: string): Promise<{ cookie: string; body: JoinCodeRedeemResponse }> {
    const response = await api(server.url, null)(`/api/join-codes/${code}/redeem`, {
      method: 'POST',
      body: { displayName, ...(association ? { association } : {}) },
    });
    expect(response.status).toBe(200);
    return { cookie: sessionCookieFrom(response), body: (await response.json()) as JoinCodeRedeemResponse };
  }

  async function enterWorkshop(cookie: string): Promise<WorkshopClient> {
    const client = await WorkshopClient.connect(server.url, cookie, docName);
    clients.push(client);
    expect((await client.join()).ok).toBe(true);
    await waitFor(() => client.view, 'the private view');
    return client;
  }

  it('lets a guest join with a listed or a written-in association and leads to the workshop', async () => {
    const first = await joinByCode(created.code.toLowerCase(), 'Per Pensjonist', 'Asker pensjonistforening');
    expect(first.body.workshopId).toBe(workshopId);
    expect(first.body.me).toMatchObject({ kind: 'guest', role: 'participant', planId: owner.planId, association: 'Asker pensjonistforening' });
    const workshop = await api(server.url, first.cookie)(`/api/workshops/${workshopId}`);
    expect(workshop.status).toBe(200);
    await enterWorkshop(first.cookie);

    const second = await joinByCode(created.code.replace('-', ''), 'Siri Sjakk', 'Asker sjakklubb');
    await enterWorkshop(second.cookie);
    const third = await joinByCode(created.code, 'Uten Forening');
    await enterWorkshop(third.cookie);

    // Someone already in goes straight in, without a second guest.
    const info = (await (await api(server.url, first.cookie)(`/api/join-codes/${created.code}`)).json()) as JoinCodeInfoResponse;
    expect(info.alreadyIn).toBe(true);
    const again = await api(server.url, first.cookie)(`/api/join-codes/${created.code}/redeem`, { method: 'POST', body: { displayName: 'Per Pensjonist' } });
    expect(again.status).toBe(200);
    expect(((await again.json()) as JoinCodeRedeemResponse).me).toMatchObject({ kind: 'guest', name: 'Per Pensjonist' });
    const staffIn = (await (await api(server.url, facilitatorCookie)(`/api/join-codes/${created.code}`)).json()) as JoinCodeInfoResponse;
    expect(staffIn.alreadyIn).toBe(true);
  });

  it('lets signed-in staff without a role in the plan join as participants', async () => {
    await createStaff(server, { email: 'kollega@asker.kommune.no', name: 'Kollega Kari', password: 'riktig-passord-1' });
    const cookie = await loginCookie(server.url, 'kollega@asker.kommune.no', 'riktig-passord-1');
    const info = (await (await api(server.url, cookie)(`/api/join-codes/${created.code}`)).json()) as JoinCodeInfoResponse;
    expect(info.alreadyIn).toBe(false);
    const response = await api(server.url, cookie)(`/api/join-codes/${created.code}/redeem`, { method: 'POST', body: { displayName: 'Kollega Kari' } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as JoinCodeRedeemResponse;
    expect(body).toMatchObject({ workshopId, me: { kind: 'user', name: 'Kollega Kari' } });
    expect((await api(server.url, cookie)(`/api/workshops/${workshopId}`)).status).toBe(200);
    const again = (await (await api(server.url, cookie)(`/api/join-codes/${created.code}`)).json()) as JoinCodeInfoResponse;
    expect(again.alreadyIn).toBe(true);
  });

  it('counts the participants per association in the coverage view (owner only)', async () => {
    const coverage = await waitFor(async () => {
      const body = (await (await asOwner()(`/api/plans/${owner.planId}/coverage`)).json()) as Coverage;
      return body.workshops[0]?.participants === 3 ? body : null;
    }, 'three participants in the coverage');
    expect(coverage.workshops).toEqual([{ id: workshopId, title: 'Eldre og frivillighet', participants: 3 }]);
    expect(coverage.rows).toEqual([
      { name: 'Asker pensjonistforening', listed: true, counts: [1], total: 1 },
      { name: 'Idrettsrådet', listed: true, counts: [0], total: 0 },
      { name: 'Ungdomsrådet i Asker', listed: true, counts: [0], total: 0 },
      { name: 'Asker sjakklubb', listed: false, counts: [1], total: 1 },
    ]);
    expect(coverage.unaffiliated).toEqual([1]);
    expect(coverage.notReached).toEqual(['Idrettsrådet', 'Ungdomsrådet i Asker']);
    expect(JSON.stringify(coverage)).not.toContain('Per Pensjonist');
    expect((await api(server.url, facilitatorCookie)(`/api/plans/${owner.planId}/coverage`)).status).toBe(403);
  });

  it('refuses a wrong, an expired and a withdrawn code', async () => {
    const wrong = await api(server.url, null)('/api/join-codes/ZZZZ-ZZZZ/redeem', { method: 'POST', body: { displayName: 'Gjetter' } });
    expect(wrong.status).toBe(404);

    // An expired code, written straight to storage (nobody waits an hour in a test).
    const storage = server.medverk.storage;
    await storage.invites.createInvite({
      id: 'expired-invite', planId: owner.planId, tokenHash: hashToken('unused-token-of-the-expired-invite'), role: 'participant',
      label: '', createdBy: null, createdAt: Date.now() - 7_200_000, expiresAt: Date.now() - 3_600_000, maxUses: null, uses: 0, revokedAt: null,
    });
    await storage.joinCodes.createJoinCode({ codeHash: hashToken('EXP1RD00'), inviteId: 'expired-invite', workshopId, createdAt: Date.now() - 7_200_000, expiresAt: Date.now() - 3_600_000 });
    const info = (await (await api(server.url, null)('/api/join-codes/exp-ird-00')).json()) as JoinCodeInfoResponse;
    expect(info.status).toBe('expired');
    const expired = await api(server.url, null)('/api/join-codes/EXP1-RD00/redeem', { method: 'POST', body: { displayName: 'For sent' } });
    expect(expired.status).toBe(410);

    // Withdrawing the invite behind a code (People page) ends the code.
    const response = await asOwner()(`/api/workshops/${workshopId}/join-codes`, { method: 'POST', body: { expiresInHours: 1 } });
    const code = (await response.json()) as CreateJoinCodeResponse;
    expect((await asOwner()(`/api/plans/${owner.planId}/invites/${code.inviteId}`, { method: 'DELETE' })).status).toBe(204);
    const revoked = await api(server.url, null)(`/api/join-codes/${code.code}/redeem`, { method: 'POST', body: { displayName: 'For sent' } });
    expect(revoked.status).toBe(410);
  });

  it('follows a later change of the workshop title in the list', async () => {
    const host = await enterWorkshop(owner.cookie);
    const ack = await host.command({ type: 'configure', title: 'Eldre, frivillighet og fellesskap' });
    expect(ack.ok).toBe(true);
    const list = (await (await asOwner()(`/api/plans/${owner.planId}/workshops`)).json()) as WorkshopListResponse;
    expect(list.workshops.map((w) => w.title)).toEqual(['Eldre, frivillighet og fellesskap']);
  });
});
