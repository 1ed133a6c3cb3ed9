import { afterEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AuditListResponse } from '../../shared/api/audit';
import type { InputItem, InputResponse } from '../../shared/api/inputs';
import { sweepRetentionOnce } from '../../server/inputs/RetentionSweep';
import { postMultipart } from '../support/publicSideFiles';
import { databaseUrlForDataDir, testServersUsePostgres } from '../support/postgres';
import { waitFor } from '../support/waitFor';
import { api, ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';

const root = fileURLToPath(new URL('../..', import.meta.url));
const DAY = 24 * 60 * 60 * 1000;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Without the server's own sweep unless a test asks for it: a sweep by hand must not meet it at the lock. */
async function start(env: Record<string, string> = {}): Promise<TestServer> {
  const server = await startTestServer({ seedDemo: false, env: { RETENTION_SWEEP_MS: '0', ...env } });
  cleanups.push(() => server.dispose());
  return server;
}

/**
 * A plan keeping personal data 30 days, with input received `ageDays` ago and today. A test
 * sweeping by hand does so as of a later `now`.
 */
async function planWithInput(
  server: TestServer,
  title = 'Temaplan for medborgerskap',
  ageDays = 20,
) {
  const owner = await ownerWithPlan(server, title);
  const settings = await api(server.url, owner.cookie)(`/api/plans/${owner.planId}/public`, {
    method: 'PATCH',
    body: { retentionDays: 30 },
  });
  expect(settings.status).toBe(200);
  const register = async (fields: Record<string, string>): Promise<InputItem> => {
    const response = await postMultipart(
      server.url,
      owner.cookie,
      `/api/plans/${owner.planId}/inputs`,
      {
        channel: 'letter',
        section: 'plan',
        ...fields,
      },
    );
    expect(response.status).toBe(201);
    return ((await response.json()) as InputResponse).input;
  };
  const old = await register({
    text: 'Et gammelt brev om møteplasser',
    submitterKind: 'resident',
    name: 'Kari Gammel',
    email: 'kari@example.no',
    receivedAt: String(Date.now() - ageDays * DAY),
  });
  const recent = await register({
    text: 'Et nytt brev',
    submitterKind: 'resident',
    name: 'Per Ny',
    email: 'per@example.no',
  });
  const read = async (id: string): Promise<InputItem> =>
    (
      (await (
        await api(server.url, owner.cookie)(`/api/plans/${owner.planId}/inputs/${id}`)
      ).json()) as InputResponse
    ).input;
  const audit = async () =>
    (
      (await (
        await api(server.url, owner.cookie)(`/api/plans/${owner.planId}/audit`)
      ).json()) as AuditListResponse
    ).entries;
  return { owner, old, recent, read, audit };
}

describe('retention of personal data', () => {
  it("clears old residents' names and e-mails, keeps the text, and logs only a count", async () => {
    const server = await start();
    const { owner, old, recent, read, audit } = await planWithInput(server);

    const later = Date.now() + 15 * DAY;
    const results = await sweepRetentionOnce(server.medverk.storage, later);
    expect(results).toEqual([{ planId: owner.planId, inputIds: [old.id] }]);
    expect(await read(old.id)).toMatchObject({
      name: '',
      email: '',
      personalDataRemoved: true,
      text: 'Et gammelt brev om møteplasser',
    });
    expect(await read(recent.id)).toMatchObject({
      name: 'Per Ny',
      email: 'per@example.no',
      personalDataRemoved: false,
    });

    const removed = (await audit()).filter(
      (entry) => entry.action === 'input.personal-data-removed',
    );
    expect(removed).toHaveLength(1);
    expect(removed[0]!.detail).toMatchObject({ reason: 'retention', count: 1 });
    expect(JSON.stringify(removed)).not.toMatch(/Kari|kari@|gammelt brev/);

    // Nothing left to remove: the next sweep changes nothing and logs nothing.
    expect(await sweepRetentionOnce(server.medverk.storage, later)).toEqual([]);
    expect(
      (await audit()).filter((entry) => entry.action === 'input.personal-data-removed'),
    ).toHaveLength(1);
  });

  it('skips a round while another server holds the sweep', async () => {
    const server = await start();
    const { old, read } = await planWithInput(server);
    const storage = server.medverk.storage;
    await storage.locks.withLock('retention-sweep', async () => {
      expect(await sweepRetentionOnce(storage, Date.now() + 15 * DAY)).toBeNull();
    });
    expect((await read(old.id)).personalDataRemoved).toBe(false);
  });

  it('runs by itself soon after start and then periodically', async () => {
    const server = await start({ RETENTION_SWEEP_MS: '1000' });
    const { old, recent, read } = await planWithInput(server, 'Temaplan', 40);
    await waitFor(
      async () => (await read(old.id)).personalDataRemoved,
      'the periodic sweep to clear old input',
    );
    expect((await read(recent.id)).personalDataRemoved).toBe(false);
  });
});

/** `npm run admin -- <args>` as an operator runs it, on the test server's storage. */
async function admin(
  server: TestServer,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const storageEnv = testServersUsePostgres()
    ? { DATABASE_URL: await databaseUrlForDataDir(server.dataDir) }
    : {};
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/admin.ts', ...args],
      {
        cwd: root,
        env: {
          ...process.env,
          DATA_DIR: server.dataDir,
          HOST: '127.0.0.1',
          PORT: new URL(server.url).port,
          LOG_LEVEL: 'warn',
          ...storageEnv,
        },
      },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
          stdout,
          stderr,
        }),
    );
  });
}

describe("a person's data by the admin command", () => {
  it('finds their input in every plan as JSON and erases it', async () => {
    const server = await start();
    const first = await planWithInput(server);
    const second = await planWithInput(server, 'Annen plan');

    const found = await admin(server, ['find-person', '--email', 'KARI@example.no']);
    expect(found.code, found.stderr).toBe(0);
    const json = JSON.parse(found.stdout) as {
      email: string;
      inputs: (InputItem & { planId: string })[];
    };
    expect(json.email).toBe('kari@example.no');
    expect(json.inputs.map((i) => i.planId).sort()).toEqual(
      [first.owner.planId, second.owner.planId].sort(),
    );
    expect(
      json.inputs.every(
        (i) => i.name === 'Kari Gammel' && i.text === 'Et gammelt brev om møteplasser',
      ),
    ).toBe(true);

    const erased = await admin(server, ['erase-person', '--email', 'kari@example.no']);
    expect(erased.code, erased.stderr).toBe(0);
    expect(erased.stdout).toContain('2 input(s) in 2 plan(s)');
    for (const plan of [first, second]) {
      expect(await plan.read(plan.old.id)).toMatchObject({
        name: '',
        email: '',
        personalDataRemoved: true,
        text: 'Et gammelt brev om møteplasser',
      });
      expect((await plan.read(plan.recent.id)).name).toBe('Per Ny');
      const entries = (await plan.audit()).filter(
        (entry) => entry.action === 'input.personal-data-removed',
      );
      expect(entries).toHaveLength(1);
      expect(JSON.stringify(entries)).not.toMatch(/kari/i);
    }
    expect(
      JSON.parse((await admin(server, ['find-person', '--email', 'kari@example.no'])).stdout),
    ).toMatchObject({ inputs: [] });
    expect((await admin(server, ['erase-person'])).code).toBe(2);
  });
});
