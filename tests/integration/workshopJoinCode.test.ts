import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CreateJoinCodeResponse, JoinCodeResponse } from '../../shared/api/joinCodes';
import type { WorkshopResponse } from '../../shared/api/workshops';
import { api, addMember, createStaff, loginCookie, ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';
import { createInvite, joinAsGuest } from '../support/people';

/** Issue #14: a join code belongs to the workshop; everyone who runs it sees the same one. */

let server: TestServer;
let owner: { cookie: string; planId: string; userId: string };
let frida: string;
let birger: string;
let guest: string;
let outsider: string;
let workshopId: string;

async function facilitator(email: string, name: string): Promise<string> {
  const { id } = await createStaff(server, { email, name, password: 'riktig-passord-1' });
  await addMember(server, owner.planId, id, 'facilitator');
  return loginCookie(server.url, email, 'riktig-passord-1');
}

async function makeCode(cookie: string, expiresInHours = 3): Promise<CreateJoinCodeResponse> {
  const response = await api(server.url, cookie)(`/api/workshops/${workshopId}/join-codes`, { method: 'POST', body: { expiresInHours } });
  expect(response.status).toBe(201);
  return (await response.json()) as CreateJoinCodeResponse;
}

const shown = (cookie: string | null, id = workshopId) => api(server.url, cookie)(`/api/workshops/${id}/join-code`);

async function shownCode(cookie: string): Promise<JoinCodeResponse> {
  const response = await shown(cookie);
  expect(response.status).toBe(200);
  return (await response.json()) as JoinCodeResponse;
}

beforeAll(async () => {
  server = await startTestServer({ seedDemo: false });
  owner = await ownerWithPlan(server, 'Temaplan for medborgerskap');
  frida = await facilitator('frida@asker.kommune.no', 'Fasilitator Frida');
  birger = await facilitator('birger@asker.kommune.no', 'Medfasilitator Birger');
  await createStaff(server, { email: 'utenfor@asker.kommune.no', name: 'Utenfor Une', password: 'riktig-passord-1' });
  outsider = await loginCookie(server.url, 'utenfor@asker.kommune.no', 'riktig-passord-1');
  const { token } = await createInvite(server, owner.cookie, owner.planId, { role: 'participant', expiresInHours: 24, maxUses: null });
  guest = await joinAsGuest(server, token, 'Deltaker Dina');
  const response = await api(server.url, owner.cookie)(`/api/plans/${owner.planId}/workshops`, {
    method: 'POST',
    body: { title: 'Eldre og frivillighet', anonymous: true, facilitatorSeesAuthors: false },
  });
  expect(response.status).toBe(201);
  workshopId = ((await response.json()) as WorkshopResponse).workshop.id;
});

afterEach(() => {
  vi.useRealTimers();
});

afterAll(async () => {
  await server?.dispose();
});

describe("a workshop's join code", () => {
  it('is not there before anyone makes one', async () => {
    expect((await shown(frida)).status).toBe(404);
  });

  it('is the same for the facilitator who made it, a co-facilitator and the owner', async () => {
    const made = await makeCode(frida);
    const expected = { code: made.code, url: made.url, expiresAt: made.expiresAt, workshopId, inviteId: made.inviteId };
    expect(await shownCode(birger)).toEqual(expected);
    expect(await shownCode(frida)).toEqual(expected);
    expect(await shownCode(owner.cookie)).toEqual(expected);
  });

  it('is shown only to those who run the workshop', async () => {
    expect((await shown(guest)).status).toBe(403);
    expect((await shown(null)).status).toBe(401);
    // No role in the plan: the workshop is not even there for them.
    expect((await shown(outsider)).status).toBe(404);
    expect((await shown(frida, 'no-such-workshop')).status).toBe(404);
  });

  it('is stored sealed, never as the code itself', async () => {
    const { code } = await shownCode(frida);
    const stored = await server.medverk.storage.joinCodes.shownJoinCode(workshopId);
    expect(stored?.sealed).toMatch(/^v1\./);
    expect(stored?.sealed).not.toContain(code);
    expect(stored?.sealed).not.toContain(code.replace('-', ''));
  });

  it('is replaced by a newer code, while the older one still lets people in until it expires', async () => {
    const older = await shownCode(frida);
    const newer = await makeCode(birger);
    expect(newer.code).not.toBe(older.code);
    expect((await shownCode(frida)).code).toBe(newer.code);
    expect((await api(server.url, null)(`/api/join-codes/${older.code}`)).status).toBe(200);
  });

  it('is gone once its invitation is withdrawn', async () => {
    const made = await makeCode(frida);
    expect((await shownCode(birger)).code).toBe(made.code);
    const withdrawn = await api(server.url, owner.cookie)(`/api/plans/${owner.planId}/invites/${made.inviteId}`, { method: 'DELETE' });
    expect(withdrawn.status).toBe(204);
    expect((await shown(birger)).status).toBe(404);
  });

  it('is gone once it has expired', async () => {
    const made = await makeCode(frida, 1);
    expect((await shownCode(birger)).code).toBe(made.code);
    // Only Date moves (the server runs in this process); sockets and timers keep real time.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(made.expiresAt + 1_000);
    expect((await shown(birger)).status).toBe(404);
  });
});
