/**
 * `npm run bench`: Medverk against two anchors (Hocuspocus 3.4 + SQLite, y-websocket 2.1 +
 * LevelDB), each server in its own process on 127.0.0.1, clients in this process.
 *
 *   --editors 20,50      W1 editor counts            --duration 10   W1 seconds of editing
 *   --cold-edits 20000   W3 document size (edits)    --big           W3 also with 250,000 edits
 *   --cold-runs 3        W3 restarts timed           --seed 42       random seed
 *   --servers medverk,hocuspocus,y-websocket        --only w1|w3|w5
 *   --export-runs 5      W5 renders per format (DOCX and PDF of a 150-strategy plan)
 */
import { parseArgs } from 'node:util';
import { markdownTable, type Row } from './lib/report';
import { SERVER_NAMES, type ServerName } from './lib/servers';
import { seededRandom } from './lib/stats';
import { editingStorm } from './workloads/editingStorm';
import { coldLoad } from './workloads/coldLoad';
import { exportWorkload } from './workloads/exportPlan';

/** The whole run stops itself after this long, whatever happens. */
const HARD_LIMIT_MS = 30 * 60_000;

const { values } = parseArgs({
  options: {
    editors: { type: 'string', default: '20,50' },
    duration: { type: 'string', default: '10' },
    'cold-edits': { type: 'string', default: '20000' },
    'cold-runs': { type: 'string', default: '3' },
    big: { type: 'boolean', default: false },
    seed: { type: 'string', default: '42' },
    servers: { type: 'string', default: SERVER_NAMES.join(',') },
    only: { type: 'string' },
    'export-runs': { type: 'string', default: '5' },
  },
});

const positive = (text: string, what: string): number => {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${what} must be a positive integer, got ${text}`);
  return value;
};
const editors = values.editors.split(',').map((n) => positive(n, 'editors'));
const durationMs = positive(values.duration, 'duration') * 1000;
const coldEdits = [positive(values['cold-edits'], 'cold-edits'), ...(values.big ? [250_000] : [])];
const coldRuns = positive(values['cold-runs'], 'cold-runs');
const seed = positive(values.seed, 'seed');
const exportRuns = positive(values['export-runs'], 'export-runs');
const servers = values.servers.split(',').map((name) => {
  if (!SERVER_NAMES.includes(name as ServerName)) throw new Error(`unknown server ${name}`);
  return name as ServerName;
});

async function main(): Promise<void> {
  const hardStop = setTimeout(() => {
    console.error(`bench: hard limit of ${HARD_LIMIT_MS / 60_000} min reached, stopping`);
    process.exit(2);
  }, HARD_LIMIT_MS);
  hardStop.unref();
  console.log(`# Medverk bench — seed ${seed}, servers ${servers.join(', ')}\n`);
  if (values.only === undefined || values.only === 'w5') {
    console.error(`W5: export, ${exportRuns} renders per format …`);
    const rows = await exportWorkload({ runs: exportRuns });
    console.log(
      markdownTable('W5 export — 150-strategy plan, DOCX and PDF/A (in-process render; CPU s per render)', rows),
      '\n',
    );
    if (values.only === 'w5') return;
  }
  if (values.only !== 'w3') {
    for (const n of editors) {
      const rows: Row[] = [];
      for (const name of servers) {
        console.error(`W1: ${name}, ${n} editors, ${durationMs / 1000} s …`);
        rows.push(await attempt(name, () => editingStorm(name, { editors: n, durationMs, opsPerSecond: 2, random: seededRandom(seed) })));
      }
      console.log(markdownTable(`W1 editing storm — ${n} editors × 2 ops/s × ${durationMs / 1000} s, edit→all-others latency`, rows), '\n');
    }
  }
  if (values.only !== 'w1') {
    for (const edits of coldEdits) {
      const rows: Row[] = [];
      for (const name of servers) {
        console.error(`W3: ${name}, ${edits} edits, ${coldRuns} cold loads …`);
        rows.push(await attempt(name, () => coldLoad(name, { edits, runs: coldRuns, random: seededRandom(seed) })));
      }
      console.log(markdownTable(`W3 cold load — ${edits.toLocaleString('en')} edits, restart → fresh client synced (${coldRuns} restarts)`, rows), '\n');
    }
  }
}

/** A failing server gives a row that says so instead of ending the whole run. */
async function attempt(name: ServerName, run: () => Promise<Row>): Promise<Row> {
  try {
    return await run();
  } catch (error) {
    console.error(`  ${name} failed:`, error);
    return { server: name, samples: [], cpuSeconds: Number.NaN, peakRssMb: Number.NaN, converged: `failed: ${String(error).slice(0, 80)}` };
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
