import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, createStaff, loginCookie, startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;

beforeEach(async () => {
  server = await startTestServer({ seedDemo: false });
});

afterEach(async () => {
  await server.dispose();
});

describe('staff accounts', () => {
  it('are created by administrators only, with validated input', async () => {
    await createStaff(server, { email: 'admin@asker.kommune.no', name: 'Admin', password: 'admin-passord-1', isAdmin: true });
    await createStaff(server, { email: 'fasilitator@asker.kommune.no', name: 'Fasi', password: 'fasi-passord-1' });
    const admin = api(server.url, await loginCookie(server.url, 'admin@asker.kommune.no', 'admin-passord-1'));
    const staff = api(server.url, await loginCookie(server.url, 'fasilitator@asker.kommune.no', 'fasi-passord-1'));
    const body = { email: 'ny@asker.kommune.no', name: 'Ny Saksbehandler', password: 'et-langt-passord' };

    expect((await staff('/api/users', { method: 'POST', body })).status).toBe(403);
    expect((await api(server.url, null)('/api/users', { method: 'POST', body })).status).toBe(401);
    expect((await admin('/api/users', { method: 'POST', body: { ...body, email: 'ikke-en-epost' } })).status).toBe(400);
    expect((await admin('/api/users', { method: 'POST', body: { ...body, password: 'kort' } })).status).toBe(400);
    const created = await admin('/api/users', { method: 'POST', body });
    expect(created.status).toBe(201);
    expect(JSON.stringify(await created.json())).not.toContain('password');
    expect((await admin('/api/users', { method: 'POST', body })).status).toBe(400);

    const list = (await (await admin('/api/users')).json()) as { users: { email: string }[] };
    expect(list.users.map((u) => u.email).sort()).toEqual(['admin@asker.kommune.no', 'fasilitator@asker.kommune.no', 'ny@asker.kommune.no']);
    expect((await staff('/api/users')).status).toBe(403);
    await expect(loginCookie(server.url, 'ny@asker.kommune.no', 'et-langt-passord')).resolves.toMatch(/^medverk_session=/);
  });
});
