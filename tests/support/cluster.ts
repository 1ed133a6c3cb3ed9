import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { createClient } from '@redis/client';
import { api, sessionCookieFrom, tempDataDir } from './testServer';
import { createTestSchema, postgresUnavailable } from './postgres';
import { skipUnlessRequired } from './requiredService';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Why cluster tests cannot run here (Redis or PostgreSQL unreachable), or null when they can;
 * warned about when skipping, and an error in CI (see skipUnlessRequired). Call once per file.
 */
export async function clusterUnavailable(what: string): Promise<string | null> {
  return skipUnlessRequired(`${what} (cluster)`, await redisOrPostgresUnavailable());
}

async function redisOrPostgresUnavailable(): Promise<string | null> {
  const redis = createClient({ url: TEST_REDIS_URL, socket: { connectTimeout: 2_000, reconnectStrategy: false } });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    return `Redis at ${TEST_REDIS_URL} is unreachable (${String(error)}; set TEST_REDIS_URL)`;
  } finally {
    await redis.disconnect().catch(() => undefined);
  }
  return postgresUnavailable();
}

/** One PostgreSQL schema and one Redis prefix for one test file, so runs never meet. */
export interface ClusterEnv {
  /** Environment every server of this cluster starts with. */
  env: Record<string, string>;
  /** Drops the schema and the SQLite fallback dir. */
  dispose(): Promise<void>;
}

export async function clusterEnv(options: { resyncMs?: number } = {}): Promise<ClusterEnv> {
  const run = randomBytes(6).toString('hex');
  const schema = await createTestSchema();
  // Unused with PostgreSQL, but every server needs one.
  const dataDir = tempDataDir();
  return {
    env: {
      DATABASE_URL: schema.url,
      DATA_DIR: dataDir,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: `test-${run}:`,
      REDIS_RESYNC_MS: String(options.resyncMs ?? 250),
      UNLOAD_DELAY_MS: '1000',
    },
    async dispose() {
      await schema.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface NodeProcess {
  url: string;
  /** The first-administrator link, when the database had no accounts. */
  setupUrl: string | null;
  child: ChildProcess;
  exited: Promise<void>;
  /** SIGKILL, as a crash would; resolves once the process is gone. */
  kill(): Promise<void>;
}

/** Starts `server/main.ts` as its own process on port 0, with the cluster's environment. */
export async function spawnNode(env: Record<string, string>, extra: Record<string, string> = {}): Promise<NodeProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SEED_DEMO: 'false', ...env, ...extra },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let setupUrl: string | null = null;
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const setup = /(http\S+\/setup#\S+)/.exec(line);
      if (setup) setupUrl = setup[1]!;
      const match = /Medverk listening on (\S+)/.exec(line);
      if (match) resolve(match[1]!);
      // The server's log (warnings and errors only): shown, so a failing test says why.
      else if (line.startsWith('{')) process.stderr.write(`${line}\n`);
    });
    child.once('exit', (code) => reject(new Error(`server exited early with ${code}`)));
  });
  return {
    url,
    setupUrl,
    child,
    exited,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Several servers on one schema and one Redis prefix; the first seeds the demo plan. */
export async function spawnCluster(env: Record<string, string>, count: number): Promise<NodeProcess[]> {
  // One after the other: the first creates the schema's tables and the demo plan. Each has a data
  // dir of its own, as servers on different machines would: all they share is in PostgreSQL.
  const dataDir = (i: number) => join(env.DATA_DIR ?? tempDataDir(), `node-${i}`);
  const first = await spawnNode(env, { SEED_DEMO: 'true', DATA_DIR: dataDir(0) });
  const rest: NodeProcess[] = [];
  for (let i = 1; i < count; i++) rest.push(await spawnNode(env, { DATA_DIR: dataDir(i) }));
  // Each start without accounts issues a setup link that replaces the earlier ones: the last
  // printed is the one that works (on any of the servers, which share the database).
  const nodes = [first, ...rest];
  const valid = nodes.at(-1)!.setupUrl;
  for (const node of nodes) node.setupUrl = valid && node.url + new URL(valid).pathname + new URL(valid).hash;
  return nodes;
}

/**
 * Three servers for one test file, on a fresh schema and Redis prefix: the returned array fills
 * in before the file's own `beforeAll` hooks run. After the file, `closeClients` runs first, then
 * the servers are killed and the schema dropped. Nothing starts when `unavailable` says why not.
 */
export function useThreeServers(unavailable: string | null, closeClients: () => void): NodeProcess[] {
  const nodes: NodeProcess[] = [];
  let cluster: ClusterEnv | null = null;
  beforeAll(async () => {
    if (unavailable) return;
    cluster = await clusterEnv();
    nodes.push(...(await spawnCluster(cluster.env, 3)));
  }, 90_000);
  afterAll(async () => {
    closeClients();
    await Promise.all(nodes.map((node) => node.kill()));
    await cluster?.dispose();
  });
  return nodes;
}

/** Creates the first administrator through the printed link; they own the demo plan. */
export async function firstAdmin(node: NodeProcess): Promise<{ cookie: string; planId: string }> {
  if (!node.setupUrl) throw new Error('the first server printed no setup link');
  const token = new URL(node.setupUrl).hash.slice(1);
  const setup = await api(node.url, null)('/api/setup', {
    method: 'POST',
    body: { token, email: 'admin@asker.kommune.no', name: 'Admin', password: 'et-langt-passord' },
  });
  if (setup.status !== 201) throw new Error(`setup failed: ${setup.status} ${await setup.text()}`);
  const cookie = sessionCookieFrom(setup);
  const plans = (await (await api(node.url, cookie)('/api/plans')).json()) as { plans: { id: string }[] };
  return { cookie, planId: plans.plans[0]!.id };
}

/** An invitation link made by the owner on `url`; returns its token. */
export async function inviteToken(url: string, ownerCookie: string, planId: string, role: string, maxUses = 50): Promise<string> {
  const response = await api(url, ownerCookie)(`/api/plans/${planId}/invites`, {
    method: 'POST',
    body: { role, expiresInHours: 24, maxUses },
  });
  if (response.status !== 201) throw new Error(`creating an invite failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { url: string }).url.split('/invite/')[1]!;
}

/** A guest joins through a link on `url`; returns their session cookie (valid on every server). */
export async function guestCookie(url: string, token: string, displayName: string): Promise<string> {
  const response = await api(url, null)(`/api/invites/${token}/redeem`, { method: 'POST', body: { displayName } });
  if (response.status !== 200) throw new Error(`joining failed: ${response.status} ${await response.text()}`);
  return sessionCookieFrom(response);
}
