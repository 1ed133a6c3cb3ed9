import { join } from 'node:path';
import { freePort, procStats, spawnServer, type ProcStats, type Spawned } from './proc';

export type ServerName = 'medverk' | 'hocuspocus' | 'y-websocket';
export const SERVER_NAMES: readonly ServerName[] = ['medverk', 'hocuspocus', 'y-websocket'];

/** A server process under test: where to reach it, and its /proc numbers. */
export interface RunningServer {
  name: ServerName;
  pid: number;
  /** http://127.0.0.1:<port> (Medverk) or ws://127.0.0.1:<port> (anchors). */
  url: string;
  /** Medverk's session cookie; null for the anchors (no authentication). */
  cookie: string | null;
  stats(): ProcStats;
  stop(): Promise<void>;
}

const ADMIN = { email: 'bench-admin@example.no', name: 'Bench Admin', password: 'bench-passord-1234' };

/** Starts `name` on `dataDir` (a fresh or earlier-used temp dir) in its own process. */
export async function startServer(name: ServerName, dataDir: string): Promise<RunningServer> {
  switch (name) {
    case 'medverk':
      return startMedverk(dataDir);
    case 'hocuspocus': {
      const spawned = spawnServer(
        ['--import', 'tsx', 'bench/anchors/hocuspocus.ts'],
        { SQLITE_FILE: join(dataDir, 'hocuspocus.sqlite') },
        /hocuspocus listening on (\d+)/,
      );
      const port = (await spawned.ready)[1]!;
      return running(name, spawned, `ws://127.0.0.1:${port}`, null);
    }
    case 'y-websocket': {
      const port = await freePort();
      const spawned = spawnServer(
        ['node_modules/y-websocket/bin/server.cjs'],
        { HOST: '127.0.0.1', PORT: String(port), YPERSISTENCE: join(dataDir, 'leveldb') },
        /running at/,
      );
      await spawned.ready;
      return running(name, spawned, `ws://127.0.0.1:${port}`, null);
    }
  }
}

function running(name: ServerName, spawned: Spawned, url: string, cookie: string | null): RunningServer {
  return { name, pid: spawned.pid, url, cookie, stats: () => procStats(spawned.pid), stop: () => spawned.stop() };
}

async function startMedverk(dataDir: string): Promise<RunningServer> {
  const spawned = spawnServer(
    ['--import', 'tsx', 'server/main.ts'],
    { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', SEED_DEMO: 'false' },
    /Medverk listening on (\S+)/,
  );
  try {
    const url = (await spawned.ready)[1]!;
    const setupLine = spawned.lines.map((line) => /\/setup#(\S+)/.exec(line)).find((match) => match);
    const cookie = setupLine ? await setUp(url, setupLine[1]!) : await logIn(url);
    return running('medverk', spawned, url, cookie);
  } catch (error) {
    await spawned.stop();
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

function post(url: string, path: string, cookie: string | null, body: unknown): Promise<Response> {
  return fetch(`${url}${path}`, {
    method: 'POST',
    headers: { origin: url, 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
}

function sessionCookie(response: Response): string {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('medverk_session='));
  if (!cookie) throw new Error('no session cookie in the response');
  return cookie.split(';')[0]!;
}
