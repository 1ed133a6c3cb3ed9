/**
 * Idle RSS of a freshly started Medverk with the demo plan (issue #16: ≤ 80 MB).
 *
 *   npx tsx bench/tools/idleRss.ts [--runtime tsx|compiled] [--runs 3] [--settle-ms 3000] [--node-flags '--max-semi-space-size=1']
 *
 * Starts the server as `npm run serve` does (compiled: `node dist/server.js`, so run
 * `npm run build:server` first; BENCH_SERVER_DIR=dist-mine runs `dist-mine/server.js` instead, as
 * the bench does) or through tsx, in an empty temp data dir (so the demo plan is
 * seeded), waits for the listening line, lets it settle and reads VmRSS from /proc.
 * Where the megabytes go: `node --cpu-prof dist/server.js` or `process.memoryUsage()` around imports.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { procStats, spawnServer } from '../lib/proc';
import { MEDVERK_BUNDLE } from '../lib/servers';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1]! : fallback;
};
const runtime = flag('runtime', 'compiled');
const runs = Number(flag('runs', '3'));
const settleMs = Number(flag('settle-ms', '3000'));
// V8/Node flags to try before putting them into `npm run serve` (space-separated).
const nodeFlags = flag('node-flags', '').split(' ').filter(Boolean);

const entry = [...nodeFlags, ...(runtime === 'compiled' ? [MEDVERK_BUNDLE] : ['--import', 'tsx', 'server/main.ts'])];
const samples: number[] = [];
for (let run = 0; run < runs; run++) {
  const dataDir = mkdtempSync(join(tmpdir(), 'medverk-idle-'));
  const spawned = spawnServer(
    entry,
    { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_DEMO: 'true', LOG_LEVEL: 'warn', CLIENT_DIR: join(dataDir, 'no-client') },
    /Medverk listening on (\S+)/,
  );
  await spawned.ready;
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  samples.push(procStats(spawned.pid).rssMb);
  await spawned.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
samples.sort((a, b) => a - b);
const median = samples[Math.floor(samples.length / 2)]!;
process.stdout.write(
  `idle RSS (${runtime}${nodeFlags.length ? ` ${nodeFlags.join(' ')}` : ''}, demo plan, ${settleMs} ms after listening): median ${median.toFixed(1)} MB; runs ${samples.map((mb) => mb.toFixed(1)).join(', ')} MB\n`,
);
