import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, api, demoPlanId, ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
let cookie: string;

beforeAll(async () => {
  server = await startTestServer();
  const owner = await ownerWithPlan(server, 'Egen plan');
  cookie = owner.cookie;
  await addMember(server, await demoPlanId(server), owner.userId, 'owner');
});

afterAll(async () => {
  await server.dispose();
});

function post(path: string, body: string) {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url, cookie },
    body,
  });
}

function get(path: string) {
  return api(server.url, cookie)(path);
}

describe('HTTP API', () => {
  it('reports health with version and storage', async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', version: expect.any(String) as string, storage: 'sqlite' });
  });

  it('seeds the demo plan into an empty database', async () => {
    const { plans } = (await (await get('/api/plans')).json()) as { plans: { title: string }[] };
    expect(plans.map((p) => p.title)).toContain('Temaplan for medborgerskap');
  });

  it('creates, lists and gets a plan', async () => {
    const created = await post('/api/plans', JSON.stringify({ title: '  Temaplan for idrett  ', municipality: 'Asker kommune' }));
    expect(created.status).toBe(201);
    const { plan } = (await created.json()) as { plan: { id: string; title: string; updatedAt: number } };
    expect(plan.title).toBe('Temaplan for idrett');
    const listed = (await (await get('/api/plans')).json()) as { plans: { id: string; role: string }[] };
    expect(listed.plans.find((p) => p.id === plan.id)?.role).toBe('owner');
    const fetched = await get(`/api/plans/${plan.id}`);
    expect(((await fetched.json()) as { plan: { id: string } }).plan.id).toBe(plan.id);
  });

  it('answers bad input with a 4xx JSON error and no stack trace', async () => {
    const cases: [Response, number][] = [
      [await post('/api/plans', JSON.stringify({ title: '' })), 400],
      [await post('/api/plans', JSON.stringify({ title: 'x'.repeat(201) })), 400],
      [await post('/api/plans', JSON.stringify({ nope: true })), 400],
      [await post('/api/plans', '{not json'), 400],
      [await post('/api/plans', JSON.stringify({ title: 'x'.repeat(70_000) })), 413],
      [await get('/api/plans/does-not-exist'), 404],
      [await get(`/api/plans/${'%2e%2e%2f'}`), 404],
      [await get('/api/nothing-here'), 404],
      [await fetch(`${server.url}/api/plans`), 401],
    ];
    for (const [response, status] of cases) {
      expect(response.status).toBe(status);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toEqual(expect.any(String));
      expect(body.error.message).toEqual(expect.any(String));
      expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
    }
  });

  it('exports the draft as numbered Markdown', async () => {
    const demo = { id: await demoPlanId(server) };
    const response = await get(`/api/plans/${demo.id}/export.md`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/markdown');
    const markdown = await response.text();
    expect(markdown).toMatch(/^# Temaplan for medborgerskap/);
    expect(markdown).toContain('## Formål');
    expect(markdown).toMatch(/## 1 Arenaer for deltakelse og læring/);
    expect(markdown).toMatch(/### Strategi 1\.1/);
    expect(markdown).toMatch(/## 4 /);
    expect((await get('/api/plans/nope/export.md')).status).toBe(404);
    expect((await get(`/api/plans/${demo.id}/export.md?lang=xx`)).status).toBe(400);
    expect((await fetch(`${server.url}/api/plans/${demo.id}/export.md`)).status).toBe(401);
  });
});
