import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { createTestSchema, TEST_DATABASE_URL } from '../../tests/support/postgres';
import { freePort, procStats, spawnServer, type ProcStats, type Spawned } from './proc';

export type ServerName = 'medverk' | 'hocuspocus' | 'y-websocket';
export const SERVER_NAMES: readonly ServerName[] = ['medverk', 'hocuspocus', 'y-websocket'];

/** How a TypeScript server is run: compiled once with esbuild (as `npm start`), or through tsx. */
export type Runtime = 'compiled' | 'tsx';

/** Where clients reach a server: what bench/lib/clients.ts needs, and what crosses to client processes. */
export interface ServerAddress {
  name: ServerName;
  /** One per node: http://127.0.0.1:<port> (Medverk) or ws://127.0.0.1:<port> (anchors). */
  urls: string[];
  /** Medverk's session cookie; null for the anchors (no authentication). */
  cookie: string | null;
}

/** A server under test (one process per node), with its /proc numbers summed over the nodes. */
export interface RunningServer extends ServerAddress {
  pids: number[];
  /** First node's URL, for HTTP set-up calls. */
  url: string;
  stats(): ProcStats;
  stop(): Promise<void>;
}

export interface ServerOptions {
  runtime: Runtime;
  /** Medverk processes (>1 needs the multi-node storage: DATABASE_URL + REDIS_URL, see medverkCluster). */
  nodes: number;
  /** Write a V8 CPU profile of each Medverk process to this directory. */
  cpuProfileDir: string | null;
  /** Extra environment for Medverk (e.g. TRUST_PROXY for W4's many guests). */
  env?: Record<string, string>;
}

export const DEFAULT_SERVER_OPTIONS: ServerOptions = { runtime: 'compiled', nodes: 1, cpuProfileDir: null };

const OUT = resolve('bench/out');
/**
 * Medverk's production bundle: the same esbuild command as `npm run build:server`. BENCH_SERVER_DIR
 * (a folder directly under the repo, e.g. `dist-mine`) lets two benches of different builds run side
 * by side without overwriting each other's `dist/`.
 */
export const MEDVERK_BUNDLE = resolve(process.env.BENCH_SERVER_DIR ?? 'dist', 'server.js');
const HOCUSPOCUS_BUNDLE = join(OUT, 'hocuspocus.mjs');

/** Compiles Medverk and the Hocuspocus anchor once per bench run, so no server pays tsx at run time. */
export async function buildServers(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
  } as const;
  // dist/server.js: `new URL('../package.json', import.meta.url)` in server/app.ts still finds the root package.json.
  // Split: what the server loads only on first use (the export stack) is its own chunk beside it.
  await build({
    ...common,
    // The export render worker is its own entry, as in `build:server` (server/export/renderThread.ts).
    entryPoints: { server: 'server/main.ts', renderWorker: 'server/export/renderWorker.ts' },
    splitting: true,
    outdir: dirname(MEDVERK_BUNDLE),
    chunkNames: 'server-[name]-[hash]',
  });
  await build({ ...common, entryPoints: ['bench/anchors/hocuspocus.ts'], outfile: HOCUSPOCUS_BUNDLE });
}

const ADMIN = { email: 'bench-admin@example.no', name: 'Bench Admin', password: 'bench-passord-1234' };

/** Starts `name` on `dataDir` (a fresh or earlier-used temp dir), each node in its own process. */
export async function startServer(name: ServerName, dataDir: string, options: ServerOptions = DEFAULT_SERVER_OPTIONS): Promise<RunningServer> {
  switch (name) {
    case 'medverk':
      return startMedverk(dataDir, options);
    case 'hocuspocus': {
      const entry = options.runtime === 'compiled' ? [HOCUSPOCUS_BUNDLE] : ['--import', 'tsx', 'bench/anchors/hocuspocus.ts'];
      const spawned = spawnServer(entry, { SQLITE_FILE: join(dataDir, 'hocuspocus.sqlite') }, /hocuspocus listening on (\d+)/);
      const port = (await spawned.ready)[1]!;
      return running(name, [spawned], [`ws://127.0.0.1:${port}`], null);
    }
    case 'y-websocket': {
      const port = await freePort();
      const spawned = spawnServer(
        ['node_modules/y-websocket/bin/server.cjs'],
        { HOST: '127.0.0.1', PORT: String(port), YPERSISTENCE: join(dataDir, 'leveldb') },
        /running at/,
      );
      await spawned.ready;
      return running(name, [spawned], [`ws://127.0.0.1:${port}`], null);
    }
  }
}

function running(name: ServerName, nodes: Spawned[], urls: string[], cookie: string | null): RunningServer {
  return {
    name,
    pids: nodes.map((node) => node.pid),
    urls,
    url: urls[0]!,
    cookie,
    stats: () => {
      const each = nodes.map((node) => procStats(node.pid));
      return { cpuSeconds: sum(each.map((s) => s.cpuSeconds)), peakRssMb: sum(each.map((s) => s.peakRssMb)), rssMb: sum(each.map((s) => s.rssMb)) };
    },
    stop: async () => {
      await Promise.all(nodes.map((node) => node.stop()));
    },
  };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * The environment for N Medverk nodes sharing one database and one message bus (the multi-node
 * mode of server/cluster + server/storage/postgres): a fresh Postgres schema and Redis key prefix
 * per run, dropped again when the nodes stop.
 */
async function medverkClusterEnv(): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  const schema = await createTestSchema(process.env.BENCH_DATABASE_URL ?? TEST_DATABASE_URL);
  return {
    env: {
      DATABASE_URL: schema.url,
      REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_PREFIX: `${schema.name}:`,
    },
    drop: () => schema.drop(),
  };
}

async function startMedverk(dataDir: string, options: ServerOptions): Promise<RunningServer> {
  const nodes: Spawned[] = [];
  const cluster = options.nodes > 1 ? await medverkClusterEnv() : null;
  const stopAll = async () => {
    await Promise.all(nodes.map((node) => node.stop()));
    await cluster?.drop();
  };
  try {
    const urls: string[] = [];
    let setupToken: string | null = null;
    // One after another: the first node creates the schema (migrations) before the others open it.
    for (let index = 0; index < options.nodes; index++) {
      const args = [
        ...(options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : []),
        ...(options.runtime === 'compiled' ? [MEDVERK_BUNDLE] : ['--import', 'tsx', 'server/main.ts']),
      ];
      const spawned = spawnServer(
        args,
        {
          PORT: '0',
          HOST: '127.0.0.1',
          DATA_DIR: join(dataDir, `node-${index}`),
          LOG_LEVEL: 'warn',
          SEED_DEMO: 'false',
          ...cluster?.env,
          ...options.env,
        },
        /Medverk listening on (\S+)/,
      );
      nodes.push(spawned);
      const url = (await spawned.ready)[1]!;
      urls.push(url);
      setupToken ??= spawned.lines.map((line) => /\/setup#(\S+)/.exec(line)?.[1]).find((token) => token) ?? null;
    }
    const cookie = setupToken ? await setUp(urls[0]!, setupToken) : await logIn(urls[0]!);
    return { ...running('medverk', nodes, urls, cookie), stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** Creates the first administrator through the one-time setup link. */
async function setUp(url: string, token: string): Promise<string> {
  const response = await post(url, '/api/setup', null, { token, ...ADMIN });
  if (response.status !== 201) throw new Error(`setup failed: ${response.status} ${await response.text()}`);
  return sessionCookie(response);
}

async function logIn(url: string): Promise<string> {
  const response = await post(url, '/api/auth/login', null, { email: ADMIN.email, password: ADMIN.password });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  return sessionCookie(response);
}

/** A new plan owned by the admin; its document name (`plan:<id>`). */
export async function createMedverkPlan(server: RunningServer, title: string): Promise<string> {
  const response = await post(server.url, '/api/plans', server.cookie, { title, municipality: 'Bench kommune' });
  if (response.status !== 201) throw new Error(`creating a plan failed: ${response.status} ${await response.text()}`);
  const { plan } = (await response.json()) as { plan: { id: string } };
  return `plan:${plan.id}`;
}

/** A JSON POST with the Origin header state-changing requests need. */
export function post(url: string, path: string, cookie: string | null, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}${path}`, {
    method: 'POST',
    headers: { origin: url, 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
}

export function sessionCookie(response: Response): string {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('medverk_session='));
  if (!cookie) throw new Error('no session cookie in the response');
  return cookie.split(';')[0]!;
}
