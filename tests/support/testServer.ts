import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../../server/config';
import { startMedverk, type Medverk } from '../../server/app';
import { openStorage } from '../../server/storage/openStorage';
import type { Storage } from '../../server/storage/Storage';
import { withInstrumentedDocs } from '../../server/testing/failingStorage';
import type { InstrumentedStorage } from '../../server/testing/InstrumentedStorage';
import { hashPassword, lowerPasswordCostForTests } from '../../server/auth/passwords';
import { newId } from '../../shared/plan/items';
import type { Role } from '../../shared/auth/roles';
import { databaseUrlForDataDir, dropSchemaForDataDir, testServersUsePostgres } from './postgres';

export interface TestServer {
  url: string;
  dataDir: string;
  medverk: Medverk;
  /** Stops the server; the data dir stays so a test can start again on the same file. */
  stop(): Promise<void>;
  /** Stops (if running) and removes the data dir. */
  dispose(): Promise<void>;
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'medverk-test-'));
}

/** A real server on port 0 with its own SQLite file, serving the built client if there is one. */
export async function startTestServer(
  options: {
    dataDir?: string;
    seedDemo?: boolean;
    env?: Record<string, string>;
    /** Opens the storage the server runs on (default: the one its config names). */
    openWith?: (config: Config) => Promise<Storage>;
    /** The clock the server's rate-limit slow-downs use. */
    now?: () => number;
  } = {},
): Promise<TestServer> {
  // Test servers make thousands of logins; every one (failed ones too) costs a hash. Servers
  // started as their own process (serverProcess.ts, cluster.ts) keep the full cost.
  lowerPasswordCostForTests();
  const dataDir = options.dataDir ?? tempDataDir();
  const storageEnv = testServersUsePostgres()
    ? { DATABASE_URL: await databaseUrlForDataDir(dataDir) }
    : {};
  const config: Config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    SEED_DEMO: options.seedDemo === false ? 'false' : 'true',
    // Tests that want a public page make their own; the demo plan stays as the tests know it.
    SEED_DEMO_PUBLIC_PAGE: 'false',
    UNLOAD_DELAY_MS: '200',
    // A client built elsewhere (`npx vite build --outDir /tmp/x`), so a browser test need not overwrite the shared dist/.
    ...(process.env.CLIENT_DIR ? { CLIENT_DIR: process.env.CLIENT_DIR } : {}),
    ...storageEnv,
    ...options.env,
  });
  const medverk = await startMedverk(config, {
    ...(options.openWith ? { storage: await options.openWith(config) } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await medverk.close();
  };
  return {
    url: medverk.url,
    dataDir,
    medverk,
    stop,
    async dispose() {
      await stop();
      await dropSchemaForDataDir(dataDir);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A real server whose document storage a test can hold or fail (server/testing/failingStorage.ts);
 * the rest of its storage is real. Stopping it lets every held or failing write through first.
 */
export async function startInstrumentedServer(
  options: { dataDir?: string; env?: Record<string, string> } = {},
): Promise<TestServer & { docs: InstrumentedStorage }> {
  let docs: InstrumentedStorage | null = null;
  const server = await startTestServer({
    seedDemo: false,
    ...options,
    env: { LOG_LEVEL: 'fatal', ...options.env },
    openWith: async (config) => {
      const instrumented = withInstrumentedDocs(await openStorage(config));
      docs = instrumented.docs;
      return instrumented.storage;
    },
  });
  const held = docs as InstrumentedStorage | null;
  if (!held) throw new Error('the server did not open its storage');
  const heal = () => {
    held.failNext.append = 0;
    held.hold.append = false;
    held.releaseAll('append');
  };
  return {
    ...server,
    docs: held,
    stop: async () => {
      heal();
      await server.stop();
    },
    dispose: async () => {
      heal();
      await server.dispose();
    },
  };
}

export interface StaffInput {
  email: string;
  name: string;
  password: string;
  isAdmin?: boolean;
}

/** A staff account written straight to storage (the login itself goes through HTTP). */
export async function createStaff(server: TestServer, input: StaffInput): Promise<{ id: string }> {
  const id = newId();
  await server.medverk.storage.accounts.createUser({
    id,
    email: input.email.toLowerCase(),
    name: input.name,
    passwordHash: await hashPassword(input.password),
    isAdmin: input.isAdmin ?? false,
    createdAt: Date.now(),
  });
  return { id };
}

export async function addMember(
  server: TestServer,
  planId: string,
  userId: string,
  role: Role,
): Promise<void> {
  await server.medverk.storage.members.setRole(planId, userId, role);
}

export async function demoPlanId(server: TestServer): Promise<string> {
  const plans = await server.medverk.storage.plans.listPlans();
  const demo = plans.find((plan) => plan.title === 'Temaplan for medborgerskap');
  if (!demo) throw new Error('no demo plan: start the test server with seedDemo');
  return demo.id;
}

/** Logs in through the real route and returns the Cookie header value for later requests. */
export async function loginCookie(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200)
    throw new Error(`login failed: ${response.status} ${await response.text()}`);
  return sessionCookieFrom(response);
}

export function sessionCookieFrom(response: Response): string {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('medverk_session='));
  if (!cookie) throw new Error('no session cookie in the response');
  return cookie.split(';')[0]!;
}

/** fetch with a session cookie and our Origin, as the browser app sends it. */
export function api(url: string, cookie: string | null) {
  return (path: string, init: { method?: string; body?: unknown } = {}) =>
    fetch(`${url}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        origin: url,
        ...(cookie ? { cookie } : {}),
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
}

/** An owner of a fresh plan, logged in: the usual start of an integration test. */
export async function ownerWithPlan(
  server: TestServer,
  title = 'Temaplan',
): Promise<{ cookie: string; planId: string; userId: string }> {
  const email = `owner-${newId()}@asker.kommune.no`;
  const { id: userId } = await createStaff(server, {
    email,
    name: 'Saksbehandler',
    password: 'riktig-passord-1',
  });
  const cookie = await loginCookie(server.url, email, 'riktig-passord-1');
  const response = await api(server.url, cookie)('/api/plans', {
    method: 'POST',
    body: { title, municipality: 'Asker kommune' },
  });
  if (response.status !== 201) throw new Error(`creating a plan failed: ${response.status}`);
  const planId = ((await response.json()) as { plan: { id: string } }).plan.id;
  return { cookie, planId, userId };
}
