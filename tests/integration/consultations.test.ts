import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditListResponse } from '../../shared/api/audit';
import type { ConsultationListResponse, ConsultationResponse } from '../../shared/api/publicPage';
import type { VersionResponse } from '../../shared/api/versions';
import { postMultipart } from '../support/publicSideFiles';
import {
  addMember,
  api,
  createStaff,
  loginCookie,
  ownerWithPlan,
  startTestServer,
  type TestServer,
} from '../support/testServer';

let server: TestServer;
let owner: { cookie: string; planId: string; userId: string };
let editorCookie: string;
let versionId: string;

const asOwner = () => api(server.url, owner.cookie);
const base = () => `/api/plans/${owner.planId}/consultations`;
const DAY = 24 * 60 * 60 * 1000;

async function freeze(cookie: string, planId: string): Promise<string> {
  const response = await api(server.url, cookie)(`/api/plans/${planId}/versions`, {
    method: 'POST',
    body: { name: 'Høringsutkast', step: 'consultation' },
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as VersionResponse).version.id;
}

beforeAll(async () => {
  server = await startTestServer({ seedDemo: false });
  owner = await ownerWithPlan(server, 'Temaplan for medborgerskap');
  const editor = await createStaff(server, {
    email: 'redaktor@asker.kommune.no',
    name: 'Redaktør',
    password: 'riktig-passord-1',
  });
  await addMember(server, owner.planId, editor.id, 'editor');
  editorCookie = await loginCookie(server.url, 'redaktor@asker.kommune.no', 'riktig-passord-1');
  versionId = await freeze(owner.cookie, owner.planId);
});

afterAll(async () => {
  await server.dispose();
});

describe('consultations', () => {
  let hearing: string;
  const opensAt = Date.UTC(2026, 2, 1, 8, 0, 0);
  const closesAt = Date.UTC(2026, 3, 15, 21, 59, 59);

  it('are set up by the owner on a version of the plan, to the second', async () => {
    const response = await asOwner()(base(), {
      method: 'POST',
      body: { title: 'Høring', versionId, opensAt, closesAt },
    });
    expect(response.status).toBe(201);
    const { consultation } = (await response.json()) as ConsultationResponse;
    expect(consultation).toMatchObject({ title: 'Høring', versionId, opensAt, closesAt });
    hearing = consultation.id;

    await asOwner()(base(), {
      method: 'POST',
      body: {
        title: 'Tidlig runde',
        versionId,
        opensAt: opensAt - 30 * DAY,
        closesAt: opensAt - 20 * DAY,
      },
    });
    const before = Date.now();
    const list = await api(server.url, editorCookie)(base());
    expect(list.status).toBe(200);
    const body = (await list.json()) as ConsultationListResponse;
    expect(body.consultations.map((c) => c.title)).toEqual(['Tidlig runde', 'Høring']);
    expect(body.serverNow).toBeGreaterThanOrEqual(before);
    expect(body.serverNow).toBeLessThanOrEqual(Date.now());
  });

  it('refuse a window that closes before it opens, and versions of other plans', async () => {
    const other = await ownerWithPlan(server, 'Annen plan');
    const foreign = await freeze(other.cookie, other.planId);
    for (const body of [
      { title: 'Baklengs', versionId, opensAt: closesAt, closesAt: opensAt },
      { title: 'Null', versionId, opensAt, closesAt: opensAt },
      { title: 'Fremmed', versionId: foreign, opensAt, closesAt },
      { title: 'Ukjent', versionId: 'finnes-ikke', opensAt, closesAt },
      { title: '', versionId, opensAt, closesAt },
      { title: 'Tekst', versionId, opensAt: '2026-03-01', closesAt },
    ]) {
      expect((await asOwner()(base(), { method: 'POST', body })).status, body.title).toBe(400);
    }
    expect(
      (
        await asOwner()(`${base()}/${hearing}`, {
          method: 'PATCH',
          body: { title: 'x', versionId: foreign, opensAt, closesAt },
        })
      ).status,
    ).toBe(400);
  });

  it('are changed by the owner only', async () => {
    const later = closesAt + 7 * DAY;
    const changed = await asOwner()(`${base()}/${hearing}`, {
      method: 'PATCH',
      body: { title: 'Høring (forlenget)', versionId, opensAt, closesAt: later },
    });
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as ConsultationResponse).consultation).toMatchObject({
      title: 'Høring (forlenget)',
      closesAt: later,
    });
    expect(
      (
        await asOwner()(`${base()}/finnes-ikke`, {
          method: 'PATCH',
          body: { title: 'x', versionId, opensAt, closesAt },
        })
      ).status,
    ).toBe(404);

    const byEditor = await api(server.url, editorCookie)(`${base()}/${hearing}`, {
      method: 'PATCH',
      body: { title: 'x', versionId, opensAt, closesAt },
    });
    expect(byEditor.status).toBe(403);
    expect(
      (
        await api(server.url, editorCookie)(base(), {
          method: 'POST',
          body: { title: 'x', versionId, opensAt, closesAt },
        })
      ).status,
    ).toBe(403);
    expect(
      (await api(server.url, editorCookie)(`${base()}/${hearing}`, { method: 'DELETE' })).status,
    ).toBe(403);
  });

  it('cannot be deleted once input refers to one', async () => {
    const registered = await postMultipart(
      server.url,
      owner.cookie,
      `/api/plans/${owner.planId}/inputs`,
      {
        channel: 'letter',
        section: 'plan',
        text: 'Brev om planen',
        submitterKind: 'resident',
        consultationId: hearing,
      },
    );
    expect(registered.status).toBe(201);
    const refused = await asOwner()(`${base()}/${hearing}`, { method: 'DELETE' });
    expect(refused.status).toBe(409);

    const early = (
      (await (await asOwner()(base())).json()) as ConsultationListResponse
    ).consultations.find((c) => c.title === 'Tidlig runde')!;
    expect((await asOwner()(`${base()}/${early.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await asOwner()(`${base()}/${early.id}`, { method: 'DELETE' })).status).toBe(404);
    const left = ((await (await asOwner()(base())).json()) as ConsultationListResponse)
      .consultations;
    expect(left.map((c) => c.id)).toEqual([hearing]);
  });

  it('are audited', async () => {
    const audit = (await (
      await asOwner()(`/api/plans/${owner.planId}/audit`)
    ).json()) as AuditListResponse;
    expect(audit.entries.filter((entry) => entry.action === 'consultation.changed')).toHaveLength(
      4,
    );
  });
});
