import { afterEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { api, demoPlanId, loginCookie, sessionCookieFrom, startTestServer, type TestServer } from '../support/testServer';

const run = promisify(execFile);
let server: TestServer | null = null;

afterEach(async () => {
  await server?.dispose();
  server = null;
});

describe('the first administrator', () => {
  it('is created once through the printed setup link and owns the demo plan', async () => {
    server = await startTestServer();
    expect(server.medverk.setupUrl).toMatch(/\/setup#[A-Za-z0-9_-]{40,}$/);
    const token = new URL(server.medverk.setupUrl!).hash.slice(1);
    const body = { token, email: 'Admin@Asker.kommune.no', name: 'Admin', password: 'et-langt-passord' };
    const call = (b: unknown) => api(server!.url, null)('/api/setup', { method: 'POST', body: b });

    expect((await call({ ...body, token: `${token}x` })).status).toBe(403);
    expect((await call({ ...body, password: 'kort' })).status).toBe(400);
    const created = await call(body);
    expect(created.status).toBe(201);
    const cookie = sessionCookieFrom(created);
    const me = (await (await api(server.url, cookie)('/api/auth/me')).json()) as { me: { email: string; isAdmin: boolean }; needsSetup: boolean };
    expect(me.me).toMatchObject({ email: 'admin@asker.kommune.no', isAdmin: true });
    expect(me.needsSetup).toBe(false);
    const plans = (await (await api(server.url, cookie)('/api/plans')).json()) as { plans: { id: string; role: string }[] };
    expect(plans.plans).toEqual([expect.objectContaining({ id: await demoPlanId(server), role: 'owner' })]);

    const again = await call({ ...body, email: 'other@asker.kommune.no' });
    expect(again.status).toBe(403);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('invalid-setup-token');

    const { dataDir } = server;
    await server.stop();
    server = await startTestServer({ dataDir });
    expect(server.medverk.setupUrl).toBeNull();
  });

  it('can be created from the command line for scripted installs', async () => {
    server = await startTestServer();
    const { dataDir } = server;
    await server.stop();
    const env = { ...process.env, DATA_DIR: dataDir, MEDVERK_PASSWORD: 'skriptet-passord' };
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/admin.ts', 'create-user', '--email', 'drift@asker.kommune.no', '--name', 'Drift', '--admin'], { env });
    expect(stdout).toContain('created administrator drift@asker.kommune.no');
    const refused = await run(process.execPath, ['--import', 'tsx', 'scripts/admin.ts', 'create-user', '--email', 'drift@asker.kommune.no', '--name', 'Drift'], { env }).catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({ code: 1 });
    server = await startTestServer({ dataDir });
    expect(server.medverk.setupUrl).toBeNull();
    await expect(loginCookie(server.url, 'drift@asker.kommune.no', 'skriptet-passord')).resolves.toMatch(/^medverk_session=/);
  });
});
