import { afterEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { damageLikeTheIssue, soundPlan } from '../../shared/plan/schema/damagedPlan';
import { createPlan } from '../../server/plans/createPlan';
import { startTestServer, type TestServer } from '../support/testServer';
import { databaseUrlForDataDir, testServersUsePostgres } from '../support/postgres';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** `npm run admin -- check-docs …` as an operator runs it, on the test server's storage. */
async function checkDocs(
  server: TestServer,
  args: string[],
): Promise<{ code: number; output: string }> {
  const storageEnv = testServersUsePostgres()
    ? { DATABASE_URL: await databaseUrlForDataDir(server.dataDir) }
    : {};
  const port = new URL(server.url).port;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/admin.ts', 'check-docs', ...args],
      {
        cwd: root,
        env: {
          ...process.env,
          DATA_DIR: server.dataDir,
          HOST: '127.0.0.1',
          PORT: port,
          ...storageEnv,
        },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, output: `${stdout}${stderr}` });
      },
    );
  });
}

describe('npm run admin -- check-docs', () => {
  // Three runs of the command, each a fresh Node process (a few seconds each on a busy machine).
  it('lists damage, refuses to repair under a running server, and repairs once it is stopped', async () => {
    const server = await startTestServer({ seedDemo: false });
    cleanups.push(() => server.dispose());
    const damaged = soundPlan();
    damageLikeTheIssue(damaged);
    // Written straight to storage, as a document stored before the server checked updates.
    const plan = await createPlan(server.medverk.storage.plans, {
      title: 'Skadet',
      fill: (doc) => Y.applyUpdate(doc, Y.encodeStateAsUpdate(damaged)),
    });

    const refused = await checkDocs(server, ['--repair']);
    expect(refused.code, refused.output).toBe(1);
    expect(refused.output).toContain('stop it first');

    await server.stop();
    const listed = await checkDocs(server, []);
    expect(listed.code, listed.output).toBe(1);
    expect(listed.output).toContain(`plan ${plan.id} "Skadet": 2 problem(s)`);
    expect(listed.output).toContain('focusAreas.a1.title: expected Y.Text, found a number');

    const repaired = await checkDocs(server, ['--repair']);
    expect(repaired.code, repaired.output).toBe(0);
    // The command read the repaired document back from storage before saying so.
    expect(repaired.output).toContain('1 plan document(s) checked, 1 did not fit, 1 repaired');
  }, 60_000);
});
