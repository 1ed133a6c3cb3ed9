import { afterEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  api,
  loginCookie,
  startTestServer,
  tempDataDir,
  type TestServer,
} from '../support/testServer';
import { databaseUrlForDataDir, testServersUsePostgres } from '../support/postgres';
import type { PlanSummary } from '../../shared/api/plans';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** `npm run admin -- …` as an operator runs it, a fresh Node process on `dataDir`'s storage. */
async function admin(
  args: string[],
  dataDir: string,
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const storageEnv = testServersUsePostgres()
    ? { DATABASE_URL: await databaseUrlForDataDir(dataDir) }
    : {};
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/admin.ts', ...args],
      { cwd: root, env: { ...process.env, DATA_DIR: dataDir, ...storageEnv, ...env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const STACK_LINE = /^\s+at /m;

describe('npm run admin', () => {
  it('prints its usage for --help (exit 0) and for misuse (exit 2), never a stack trace', async () => {
    const dataDir = tempDataDir();
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const [help, short, none, unknown, badOption, missing] = await Promise.all([
      admin(['--help'], dataDir),
      admin(['-h'], dataDir),
      admin([], dataDir),
      admin(['make-coffee'], dataDir),
      admin(['create-user', '--bogus'], dataDir),
      admin(['create-user', '--email', 'kari@asker.kommune.no'], dataDir),
    ]);
    for (const run of [help, short]) {
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('usage:');
      expect(run.stdout).toContain('create-user --email <email> --name <name>');
    }
    expect(unknown.stderr).toContain('Unknown command: make-coffee');
    expect(badOption.stderr).toContain('--bogus');
    expect(missing.stderr).toContain('--email and --name are required');
    for (const run of [none, unknown, badOption, missing]) {
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('usage:');
    }
    for (const run of [help, short, none, unknown, badOption, missing])
      expect(`${run.stdout}${run.stderr}`).not.toMatch(STACK_LINE);
  });

  it('makes an administrator who sees the demo plan, marked as not theirs', async () => {
    const first: TestServer = await startTestServer();
    cleanups.push(() => first.dispose());
    await first.stop();

    const created = await admin(
      ['create-user', '--email', 'drift@asker.kommune.no', '--name', 'Drift', '--admin'],
      first.dataDir,
      { MEDVERK_PASSWORD: 'drift-passord-1' },
    );
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('created administrator drift@asker.kommune.no');

    const server = await startTestServer({ dataDir: first.dataDir });
    cleanups.push(() => server.stop());
    const cookie = await loginCookie(server.url, 'drift@asker.kommune.no', 'drift-passord-1');
    const body = (await (await api(server.url, cookie)('/api/plans')).json()) as {
      plans: PlanSummary[];
    };
    expect(body.plans.map((plan) => [plan.title, plan.role])).toEqual([
      ['Temaplan for medborgerskap', null],
    ]);
  });
});
