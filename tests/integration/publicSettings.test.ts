import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditListResponse } from '../../shared/api/audit';
import type { PublicSettingsResponse } from '../../shared/api/publicPage';
import type { VersionResponse } from '../../shared/api/versions';
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

const asOwner = () => api(server.url, owner.cookie);
const settingsPath = () => `/api/plans/${owner.planId}/public`;

async function patch(
  body: unknown,
  cookie = owner.cookie,
  planId = owner.planId,
): Promise<Response> {
  return api(server.url, cookie)(`/api/plans/${planId}/public`, { method: 'PATCH', body });
}

async function freeze(cookie: string, planId: string): Promise<string> {
  const response = await api(server.url, cookie)(`/api/plans/${planId}/versions`, {
    method: 'POST',
    body: { name: '1. gangs behandling', step: 'first-reading' },
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
});

afterAll(async () => {
  await server.dispose();
});

describe('public page settings', () => {
  it('start off with defaults and a slug from the plan title', async () => {
    const response = await asOwner()(settingsPath());
    expect(response.status).toBe(200);
    const body = (await response.json()) as PublicSettingsResponse;
    expect(body.settings).toEqual({
      enabled: false,
      slug: 'temaplan-for-medborgerskap',
      intro: [],
      contact: { name: '', title: '', email: '', phone: '' },
      publishedVersionId: null,
      openInput: false,
      publishInputList: false,
      retentionDays: 365,
      inboxRoles: [],
    });
    // No SMTP_URL in this server: the owner's page must say receipts are not sent.
    expect(body.receiptsByEmail).toBe(false);
    expect(body.publicUrl).toBe(`${server.url}/p/temaplan-for-medborgerskap`);
  });

  it('merge what is sent, sanitise the intro and keep the rest', async () => {
    const intro = [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Les planen ' },
          {
            type: 'text',
            text: 'her',
            marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
          },
          { type: 'text', text: ' og ' },
          {
            type: 'text',
            text: 'der',
            marks: [{ type: 'link', attrs: { href: 'https://asker.kommune.no' } }],
          },
        ],
      },
      { type: 'iframe', content: [{ type: 'text', text: 'inni en ukjent node' }] },
    ];
    const contact = {
      name: 'Kari Saksbehandler',
      title: 'Kultur',
      email: 'kari@asker.kommune.no',
      phone: '66 00 00 00',
    };
    const first = await patch({
      enabled: true,
      intro,
      contact,
      retentionDays: 180,
      inboxRoles: ['observer', 'observer'],
    });
    expect(first.status).toBe(200);
    const saved = ((await first.json()) as PublicSettingsResponse).settings;
    expect(saved.enabled).toBe(true);
    const json = JSON.stringify(saved.intro);
    expect(json).not.toContain('javascript:');
    expect(json).not.toContain('iframe');
    expect(json).toContain('https://asker.kommune.no');
    expect(json).toContain('inni en ukjent node');
    expect(saved.inboxRoles).toEqual(['observer']);

    const second = await patch({ openInput: true });
    const merged = ((await second.json()) as PublicSettingsResponse).settings;
    expect(merged).toMatchObject({
      enabled: true,
      openInput: true,
      retentionDays: 180,
      contact,
      inboxRoles: ['observer'],
    });
    expect(merged.intro).toEqual(saved.intro);

    const read = (await (await asOwner()(settingsPath())).json()) as PublicSettingsResponse;
    expect(read.settings).toEqual(merged);
  });

  it('publish only a version of this plan', async () => {
    const own = await freeze(owner.cookie, owner.planId);
    const other = await ownerWithPlan(server, 'Annen plan');
    const foreign = await freeze(other.cookie, other.planId);

    expect((await patch({ publishedVersionId: foreign })).status).toBe(400);
    expect((await patch({ publishedVersionId: 'finnes-ikke' })).status).toBe(400);
    const published = await patch({ publishedVersionId: own });
    expect(((await published.json()) as PublicSettingsResponse).settings.publishedVersionId).toBe(
      own,
    );
    const cleared = await patch({ publishedVersionId: null });
    expect(
      ((await cleared.json()) as PublicSettingsResponse).settings.publishedVersionId,
    ).toBeNull();
  });

  it('refuse a slug another plan holds, and suggest a free one to a plan with the same title', async () => {
    const twin = await ownerWithPlan(server, 'Temaplan for medborgerskap');
    const defaults = (await (
      await api(server.url, twin.cookie)(`/api/plans/${twin.planId}/public`)
    ).json()) as PublicSettingsResponse;
    expect(defaults.settings.slug).toBe('temaplan-for-medborgerskap-2');

    const taken = await patch({ slug: 'Temaplan-for-medborgerskap' }, twin.cookie, twin.planId);
    expect(taken.status).toBe(409);
    expect(((await taken.json()) as { error: { code: string } }).error.code).toBe('slug-taken');

    const own = await patch({ slug: 'medborgerskap-asker' });
    expect(own.status).toBe(200);
    const moved = (await own.json()) as PublicSettingsResponse;
    expect(moved.publicUrl).toBe(`${server.url}/p/medborgerskap-asker`);
    // The old address is free once its plan moved away.
    expect(
      (await patch({ slug: 'temaplan-for-medborgerskap' }, twin.cookie, twin.planId)).status,
    ).toBe(200);
  });

  it('refuse bad bodies', async () => {
    for (const body of [
      { slug: 'Ugyldig adresse!' },
      { slug: 'ab' },
      { retentionDays: 5 },
      { inboxRoles: ['participant'] },
      { contact: { name: 'x', title: '', email: 'ikke-epost', phone: '' } },
      { enabled: 'ja' },
      { unknown: true },
      { intro: 'bare tekst' },
    ]) {
      const response = await patch(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
        'bad-request',
      );
    }
  });

  it('are for the owner only', async () => {
    expect((await api(server.url, editorCookie)(settingsPath())).status).toBe(403);
    expect((await patch({ enabled: false }, editorCookie)).status).toBe(403);
    expect((await api(server.url, null)(settingsPath())).status).toBe(401);
    expect((await asOwner()('/api/plans/finnes-ikke/public')).status).toBe(404);
    const stillOn = (await (await asOwner()(settingsPath())).json()) as PublicSettingsResponse;
    expect(stillOn.settings.enabled).toBe(true);
  });

  it('are audited', async () => {
    const audit = (await (
      await asOwner()(`/api/plans/${owner.planId}/audit`)
    ).json()) as AuditListResponse;
    const changes = audit.entries.filter((entry) => entry.action === 'public.settings');
    expect(changes.length).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(changes)).not.toContain('Kari Saksbehandler');
  });
});
