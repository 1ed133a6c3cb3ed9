import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENDA_TEMPLATES_MAX, type AgendaTemplateListResponse, type AgendaTemplateResponse } from '../../shared/api/agendaTemplates';
import type { TemplateActivity } from '../../shared/workshop/templates/templateActivity';
import { WorkshopLimits } from '../../shared/workshop/limits';
import { api, ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';
import { createInvite, joinAsGuest } from '../support/people';

let server: TestServer;
let owner: { cookie: string; planId: string; userId: string };
let other: { cookie: string; planId: string; userId: string };

beforeAll(async () => {
  server = await startTestServer({ seedDemo: false });
  owner = await ownerWithPlan(server, 'Temaplan for medborgerskap');
  other = await ownerWithPlan(server, 'Temaplan for idrett');
});

afterAll(async () => {
  await server.dispose();
});

const path = (planId = owner.planId) => `/api/plans/${planId}/agenda-templates`;
const as = (cookie: string | null) => api(server.url, cookie);

const brainstorm: TemplateActivity = {
  settings: { kind: 'brainstorm', prompt: 'Hva er viktigst?', timeboxMinutes: 10, clusteringBy: 'facilitators' },
  source: null,
};
const vote: TemplateActivity = {
  settings: { kind: 'vote', prompt: 'Prioritering', timeboxMinutes: 5, sourceActivityId: null, voteOn: 'notes', votesPerPerson: 3 },
  source: 0,
};

async function guestCookie(role: 'facilitator' | 'participant' | 'observer' | 'editor', name: string): Promise<string> {
  const { token } = await createInvite(server, owner.cookie, owner.planId, { role, expiresInHours: 24, maxUses: 5 });
  return joinAsGuest(server, token, name);
}

describe('saved agenda templates', () => {
  it('are saved, listed and deleted by those who run workshops, for their plan only', async () => {
    const facilitator = await guestCookie('facilitator', 'Frida Fasilitator');
    const created = await as(facilitator)(path(), { method: 'POST', body: { name: '  Kveldsmøte  ', activities: [brainstorm, vote] } });
    expect(created.status).toBe(201);
    const { template } = (await created.json()) as AgendaTemplateResponse;
    expect(template).toMatchObject({ name: 'Kveldsmøte', activities: [brainstorm, vote] });

    const list = (await (await as(owner.cookie)(path())).json()) as AgendaTemplateListResponse;
    expect(list.templates.map((t) => t.name)).toEqual(['Kveldsmøte']);
    // Another plan's owner sees neither the list nor can delete from it.
    expect((await as(other.cookie)(path())).status).toBe(403);
    expect((await as(other.cookie)(path(other.planId))).status).toBe(200);
    expect(((await (await as(other.cookie)(path(other.planId))).json()) as AgendaTemplateListResponse).templates).toEqual([]);
    expect((await as(other.cookie)(`${path(other.planId)}/${template.id}`, { method: 'DELETE' })).status).toBe(404);

    expect((await as(facilitator)(`${path()}/${template.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await as(facilitator)(`${path()}/${template.id}`, { method: 'DELETE' })).status).toBe(404);
    expect(((await (await as(owner.cookie)(path())).json()) as AgendaTemplateListResponse).templates).toEqual([]);
  });

  it('are refused to participants, observers, editors and strangers', async () => {
    const { template } = (await (await as(owner.cookie)(path(), { method: 'POST', body: { name: 'Mal', activities: [brainstorm] } })).json()) as AgendaTemplateResponse;
    for (const role of ['participant', 'observer', 'editor'] as const) {
      const cookie = await guestCookie(role, `Gjest ${role}`);
      expect((await as(cookie)(path())).status, role).toBe(403);
      expect((await as(cookie)(path(), { method: 'POST', body: { name: 'X', activities: [brainstorm] } })).status, role).toBe(403);
      expect((await as(cookie)(`${path()}/${template.id}`, { method: 'DELETE' })).status, role).toBe(403);
    }
    expect((await as(null)(path())).status).toBe(401);
    await as(owner.cookie)(`${path()}/${template.id}`, { method: 'DELETE' });
  });

  it('refuse bodies that do not fit, saying where', async () => {
    const post = (body: unknown) => as(owner.cookie)(path(), { method: 'POST', body });
    const refusals: [unknown, RegExp][] = [
      [{ name: '', activities: [brainstorm] }, /name/],
      [{ name: 'x'.repeat(81), activities: [brainstorm] }, /name/],
      [{ name: 'Tom', activities: [] }, /activities/],
      [{ name: 'Id', activities: [brainstorm, { ...vote, settings: { ...vote.settings, sourceActivityId: 'abcdefabcdef' } }] }, /position/],
      [{ name: 'Fram', activities: [vote, brainstorm] }, /before/],
      [{ name: 'Lapper', activities: [{ ...brainstorm, notes: ['Mer lys'] }] }, /notes|Unrecognized/i],
      [{ name: 'Mange', activities: Array.from({ length: WorkshopLimits.activities + 1 }, () => brainstorm) }, /activities/],
      [{ name: 'Ukjent', activities: [brainstorm], owner: 'x' }, /owner|Unrecognized/i],
    ];
    for (const [body, message] of refusals) {
      const response = await post(body);
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(message);
    }
    expect(((await (await as(owner.cookie)(path())).json()) as AgendaTemplateListResponse).templates).toEqual([]);
  });

  it(`keep at most ${AGENDA_TEMPLATES_MAX} per plan and say so`, async () => {
    for (let i = 0; i < AGENDA_TEMPLATES_MAX; i++) {
      const response = await as(other.cookie)(path(other.planId), { method: 'POST', body: { name: `Mal ${i}`, activities: [brainstorm] } });
      expect(response.status).toBe(201);
    }
    const refused = await as(other.cookie)(path(other.planId), { method: 'POST', body: { name: 'En for mye', activities: [brainstorm] } });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/at most 50/);
    // The other plan is not affected.
    expect((await as(owner.cookie)(path(), { method: 'POST', body: { name: 'Min', activities: [brainstorm] } })).status).toBe(201);
  });
});
