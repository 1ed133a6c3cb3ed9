import { afterEach, describe, expect, it } from 'vitest';
import { api, startTestServer, type TestServer } from '../support/testServer';

let server: TestServer | null = null;

afterEach(async () => {
  await server?.dispose();
  server = null;
});

const tokenOf = (setupUrl: string | null): string => new URL(setupUrl ?? '').hash.slice(1);

function setup(url: string, token: string, email: string): Promise<Response> {
  return api(url, null)('/api/setup', {
    method: 'POST',
    body: { token, email, name: 'Admin', password: 'et-langt-passord' },
  });
}

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

describe('the setup link', () => {
  it('is replaced by the one a restart issues: the old one is refused, the new one works', async () => {
    server = await startTestServer({ seedDemo: false });
    const old = tokenOf(server.medverk.setupUrl);
    const { dataDir } = server;
    await server.stop();
    server = await startTestServer({ dataDir, seedDemo: false });
    const fresh = tokenOf(server.medverk.setupUrl);
    expect(fresh).not.toBe(old);

    const refused = await setup(server.url, old, 'old@asker.kommune.no');
    expect(refused.status).toBe(403);
    const error = await errorOf(refused);
    expect(error.code).toBe('invalid-setup-token');
    expect(error.message).toMatch(/not valid/);
    expect((await setup(server.url, fresh, 'admin@asker.kommune.no')).status).toBe(201);
  });

  it('creates one administrator when two requests arrive at once; the other is told one exists', async () => {
    server = await startTestServer({ seedDemo: false });
    const token = tokenOf(server.medverk.setupUrl);
    const answers = await Promise.all([
      setup(server.url, token, 'first@asker.kommune.no'),
      setup(server.url, token, 'second@asker.kommune.no'),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 403]);
    const loser = answers.find((a) => a.status === 403)!;
    const error = await errorOf(loser);
    expect(error.code).toBe('invalid-setup-token');
    expect(error.message).toMatch(/administrator exists/);
    const users = await server.medverk.storage.accounts.listUsers();
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ isAdmin: true });
  });
});
