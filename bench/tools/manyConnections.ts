/**
 * How many connections one Medverk process holds (issue #16): opens `--rooms` plans × 3 real
 * clients (SyncConnection + DocProvider, as the browser runs them) from this process, 100 in
 * flight, until every one is synced; then sits idle for `--idle` seconds and reports what the
 * heartbeat and presence renewals cost and how many sockets dropped, with why.
 *
 *   npm run build:server && npx tsx bench/tools/manyConnections.ts --rooms 3334 --idle 10
 *   HEARTBEAT_INTERVAL_MS=10000 HEARTBEAT_TIMEOUT_MS=10000 npx tsx bench/tools/manyConnections.ts --rooms 3334
 *
 * The server is the compiled build (`BENCH_SERVER_DIR` picks another); it inherits this process's
 * environment, so server settings can be tried as above. One process opens every socket: its file
 * descriptor limit (`ulimit -n`) caps the count.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { DocProvider } from '../../client/sync/DocProvider';
import { SyncConnection } from '../../client/sync/SyncConnection';
import { createMedverkPlan, DEFAULT_SERVER_OPTIONS, startServer } from '../lib/servers';

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

const rooms = flag('rooms', 1000);
const idleSeconds = flag('idle', 10);
const IN_FLIGHT = 100;

/** Milliseconds a process has waited for a CPU (`/proc/<pid>/schedstat`'s second field is ns). */
const waitedMs = (pid: number) => Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[1]) / 1e6;
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').trim();

const dataDir = mkdtempSync(join(tmpdir(), 'many-connections-'));
const server = await startServer('medverk', dataDir, DEFAULT_SERVER_OPTIONS);
const open: { connection: SyncConnection; provider: DocProvider }[] = [];
try {
  const docs: string[] = [];
  for (let i = 0; i < rooms; i += 16)
    docs.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(16, rooms - i) }, (_, k) => createMedverkPlan(server, `r${i + k}`)),
      )),
    );
  const pid = server.pids[0]!;
  let connects = 0;
  let disconnects = 0;
  const reasons = new Map<string, number>();
  const queue = docs.flatMap((doc) => [doc, doc, doc]);
  const latencies: number[] = [];
  const before = server.stats();
  const started = performance.now();
  const waitedBefore = waitedMs(pid);
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      for (let doc = queue.shift(); doc; doc = queue.shift()) {
        const from = performance.now();
        const connection = new SyncConnection({ url: server.url, extraHeaders: { cookie: server.cookie! } });
        connection.socket.on('connect', () => connects++);
        connection.socket.on('disconnect', (reason: string) => {
          disconnects++;
          reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        });
        const provider = new DocProvider(connection, doc, new Y.Doc());
        open.push({ connection, provider });
        await provider.whenSynced();
        latencies.push(performance.now() - from);
      }
    }),
  );
  const after = server.stats();
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!.toFixed(0);
  const cpu = after.cpuSeconds - before.cpuSeconds;
  console.log(
    `${latencies.length} connections synced in ${seconds.toFixed(1)} s, connect → synced p50 ${at(0.5)} ms, p99 ${at(0.99)} ms; ` +
      `server CPU ${cpu.toFixed(2)} s (${((cpu / latencies.length) * 1000).toFixed(2)} ms per connection), waited for a CPU ${((waitedMs(pid) - waitedBefore) / 1000).toFixed(1)} s; ` +
      `connects ${connects}, disconnects ${disconnects}; RSS ${before.rssMb.toFixed(0)} → ${after.peakRssMb.toFixed(0)} MB ` +
      `(${(((after.peakRssMb - before.rssMb) * 1024) / latencies.length).toFixed(1)} kB per connection); load ${loadavg()}`,
  );
  const dropsBefore = disconnects;
  const clientBefore = process.cpuUsage();
  const idleBefore = server.stats();
  await new Promise((resolve) => setTimeout(resolve, idleSeconds * 1000));
  const idleAfter = server.stats();
  const client = process.cpuUsage(clientBefore);
  console.log(
    `idle ${idleSeconds} s with ${latencies.length} connections: server CPU ${(((idleAfter.cpuSeconds - idleBefore.cpuSeconds) / idleSeconds) * 1000).toFixed(0)} ms/s, ` +
      `this client process ${((client.user + client.system) / 1000 / idleSeconds).toFixed(0)} ms/s, disconnects while idle ${disconnects - dropsBefore}; load ${loadavg()}`,
  );
  console.log(`disconnect reasons: ${JSON.stringify([...reasons])}`);
} finally {
  open.forEach(({ connection, provider }) => {
    provider.destroy();
    connection.close();
  });
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
