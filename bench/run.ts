/**
 * `npm run bench`: Medverk against two anchors (Hocuspocus 3.4 + SQLite, y-websocket 2.1 +
 * LevelDB), each server in its own process on 127.0.0.1, clients in separate client processes.
 *
 *   --only w1,…,w7,compare  workloads to run (default: all; w6 = cost of the plan-shape check per update)
 *   --editors 20,50         W1 editor counts          --duration 10      W1 seconds of editing
 *   --client-procs N        W1/W2/W4 client processes (default: one per 50 editors or W4 participants / 1,000 connections)
 *   --rooms 200             W2 documents × 3 clients  --step 2000        W2 second step, in connections (0: none)
 *   --cold-edits 20000      W3 document sizes, comma-separated (e.g. 20000,250000; --big adds 250000)
 *   --cold-runs 3           W3 restarts timed
 *   --participants 200      W4 workshop participants  --w4-duration 10   W4 seconds per phase
 *   --w4-note-ms 6000       W4: each participant adds a note this often
 *   --export-runs 5         W5 renders per format
 *   --threads 500 --suggestions 200 --people 50       W7 discussion size and people connected
 *   --w7-duration 20        W7 seconds of replies     --w7-rate 5        W7 replies per second (all senders)
 *   --w7-senders 10         W7 people who reply       --w7-arrive-ms 0   W7 one person opens every N ms (0: each after the one before is interactive)
 *   --servers medverk,hocuspocus,y-websocket          --seed 42
 *   --runtime compiled|tsx  how the TypeScript servers run (default compiled: the esbuild bundle `npm start` uses)
 *   --nodes N               W1/W2 against N Medverk processes on Postgres + Redis (DATABASE_URL/REDIS_URL, see bench/README)
 *   --profile DIR           write a V8 CPU profile (.cpuprofile) of every Medverk process into DIR
 *   --residents 200         input: residents sending input at once (`--only input`; not in the default run)
 *   --input-editors 20      input: editors editing meanwhile
 *   --offline-edits 20000   offline: keystrokes typed offline before coming back (issue #16)
 *   --only exports-live     W1 with 20 editors without and during 10 concurrent HTTP exports (in the default run)
 *   --exports-phase 10      exports-live: seconds of each phase (without, during)
 *   --only editor165        the 165-field plan opened and typed in, in chromium (needs `npm run build`; not in the default run)
 *   --editor-runs 3         editor165: page loads measured (median); --profile DIR also saves each page's CPU profile
 *   --editor-areas 15       editor165: focus areas of 10 strategies (fewer show how the costs scale with the fields)
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { markdownTable, type Row } from './lib/report';
import {
  SERVER_NAMES,
  buildServers,
  type Runtime,
  type ServerName,
  type ServerOptions,
} from './lib/servers';
import { seededRandom } from './lib/stats';
import { editingStorm, label } from './workloads/editingStorm';
import { manyRooms } from './workloads/manyRooms';
import { coldLoad } from './workloads/coldLoad';
import { PARTICIPANTS_PER_PROCESS, workshop } from './workloads/workshop';
import { exportWorkload } from './workloads/exportPlan';
import { updateCheckWorkload } from './workloads/updateCheck';
import { deliberation } from './workloads/deliberation';
import { inputBurst } from './workloads/inputBurst';
import { compareWhileTyping } from './workloads/compareWhileTyping';
import { offlineCatchUp } from './workloads/offlineCatchUp';
import { exportsWhileEditing } from './workloads/exportsWhileEditing';
import { largeEditor } from './workloads/largeEditor';

/** The whole run stops itself after this long, whatever happens. */
const HARD_LIMIT_MS = 60 * 60_000;
const WORKLOADS = ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'compare', 'exports-live', 'offline', 'input', 'editor165'] as const;
/** Run only when asked for (`--only input`): the public side, not the sync comparison. */
const DEFAULT_WORKLOADS = WORKLOADS.filter((w) => w !== 'input' && w !== 'editor165');

const { values } = parseArgs({
  options: {
    only: { type: 'string', default: DEFAULT_WORKLOADS.join(',') },
    editors: { type: 'string', default: '20,50' },
    duration: { type: 'string', default: '10' },
    'client-procs': { type: 'string' },
    rooms: { type: 'string', default: '200' },
    step: { type: 'string', default: '2000' },
    'cold-edits': { type: 'string', default: '20000' },
    'cold-runs': { type: 'string', default: '3' },
    big: { type: 'boolean', default: false },
    participants: { type: 'string', default: '200' },
    'w4-duration': { type: 'string', default: '10' },
    'w4-note-ms': { type: 'string', default: '6000' },
    'export-runs': { type: 'string', default: '5' },
    threads: { type: 'string', default: '500' },
    suggestions: { type: 'string', default: '200' },
    people: { type: 'string', default: '50' },
    'w7-duration': { type: 'string', default: '20' },
    'w7-rate': { type: 'string', default: '5' },
    'w7-senders': { type: 'string', default: '10' },
    'w7-arrive-ms': { type: 'string', default: '0' },
    servers: { type: 'string', default: SERVER_NAMES.join(',') },
    seed: { type: 'string', default: '42' },
    runtime: { type: 'string', default: 'compiled' },
    nodes: { type: 'string', default: '1' },
    profile: { type: 'string' },
    residents: { type: 'string', default: '200' },
    'input-editors': { type: 'string', default: '20' },
    'exports-phase': { type: 'string', default: '10' },
    'offline-edits': { type: 'string', default: '20000' },
    'editor-runs': { type: 'string', default: '3' },
    'editor-areas': { type: 'string', default: '15' },
  },
});

const integer = (text: string, what: string, min = 1): number => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`--${what} must be an integer ≥ ${min}, got ${text}`);
  return value;
};
const list = (text: string, what: string) => text.split(',').map((n) => integer(n.trim(), what));
const only = new Set(values.only.split(',').map((w) => w.trim().toLowerCase()));
for (const w of only)
  if (!WORKLOADS.includes(w as (typeof WORKLOADS)[number]))
    throw new Error(`unknown workload ${w}`);
const editors = list(values.editors, 'editors');
const durationMs = integer(values.duration, 'duration') * 1000;
const clientProcs =
  values['client-procs'] === undefined ? null : integer(values['client-procs'], 'client-procs');
const rooms = integer(values.rooms, 'rooms');
const step = integer(values.step, 'step', 0);
const coldEdits = [
  ...new Set([...list(values['cold-edits'], 'cold-edits'), ...(values.big ? [250_000] : [])]),
];
const coldRuns = integer(values['cold-runs'], 'cold-runs');
const participants = integer(values.participants, 'participants');
const workshopMs = integer(values['w4-duration'], 'w4-duration') * 1000;
const noteEveryMs = integer(values['w4-note-ms'], 'w4-note-ms');
const exportRuns = integer(values['export-runs'], 'export-runs');
const w7 = {
  threads: integer(values.threads, 'threads'),
  suggestions: integer(values.suggestions, 'suggestions', 0),
  people: integer(values.people, 'people', 2),
  durationMs: integer(values['w7-duration'], 'w7-duration') * 1000,
  repliesPerSecond: integer(values['w7-rate'], 'w7-rate'),
  senders: integer(values['w7-senders'], 'w7-senders'),
  arriveEveryMs: integer(values['w7-arrive-ms'], 'w7-arrive-ms', 0),
};
const seed = integer(values.seed, 'seed');
const nodes = integer(values.nodes, 'nodes');
if (values.runtime !== 'compiled' && values.runtime !== 'tsx')
  throw new Error('--runtime is compiled or tsx');
const runtime: Runtime = values.runtime;
const servers = values.servers.split(',').map((name) => {
  if (!SERVER_NAMES.includes(name as ServerName)) throw new Error(`unknown server ${name}`);
  return name as ServerName;
});
const base: ServerOptions = {
  runtime,
  nodes: 1,
  cpuProfileDir: values.profile ? resolve(values.profile) : null,
};
/** Scale-out applies to Medverk in W1/W2 only; the anchors stay single-process. */
const scaled = (name: ServerName): ServerOptions =>
  name === 'medverk' ? { ...base, nodes } : base;

async function main(): Promise<void> {
  const hardStop = setTimeout(() => {
    console.error(`bench: hard limit of ${HARD_LIMIT_MS / 60_000} min reached, stopping`);
    process.exit(2);
  }, HARD_LIMIT_MS);
  hardStop.unref();
  const started = Date.now();
  await buildServers();
  console.log(
    `# Medverk bench — seed ${seed}, servers ${servers.join(', ')}, runtime ${runtime}${nodes > 1 ? `, Medverk on ${nodes} nodes` : ''}\n`,
  );

  if (only.has('w1')) {
    for (const n of editors) {
      const procs = clientProcs ?? Math.ceil(n / 50);
      const rows: Row[] = [];
      for (const name of servers) {
        console.error(
          `W1: ${name}, ${n} editors over ${procs} client process(es), ${durationMs / 1000} s …`,
        );
        const options = {
          editors: n,
          durationMs,
          opsPerSecond: 2,
          random: seededRandom(seed),
          clientProcesses: procs,
          server: scaled(name),
        };
        rows.push(
          await attempt(label(name, options), () =>
            editingStorm(name, { ...options, random: seededRandom(seed) }),
          ),
        );
      }
      console.log(
        markdownTable(
          `W1 editing storm — ${n} editors × 2 ops/s × ${durationMs / 1000} s, edit→all-others latency (clients in ${procs} process${procs > 1 ? 'es' : ''})`,
          rows,
        ),
        '\n',
      );
    }
  }
  if (only.has('w2')) {
    for (const connections of [rooms * 3, ...(step > 0 ? [step] : [])]) {
      const docs = Math.ceil(connections / 3);
      const procs = clientProcs ?? Math.ceil((docs * 3) / 1000);
      const rows: Row[] = [];
      for (const name of servers) {
        console.error(`W2: ${name}, ${docs} rooms × 3 clients over ${procs} client process(es) …`);
        const options = {
          rooms: docs,
          clientsPerRoom: 3,
          clientProcesses: procs,
          server: scaled(name),
        };
        rows.push(await attempt(label(name, options), () => manyRooms(name, options)));
      }
      console.log(
        markdownTable(
          `W2 many rooms — ${docs} documents × 3 clients = ${docs * 3} connections; latency = connect→all synced; RSS column = server RSS growth per connection (kB)`,
          rows,
          { rssLabel: 'RSS / connection (kB)', rssDigits: 1 },
        ),
        '\n',
      );
    }
  }
  if (only.has('w3')) {
    for (const edits of coldEdits) {
      const rows: Row[] = [];
      for (const name of servers) {
        console.error(`W3: ${name}, ${edits} edits, ${coldRuns} cold loads …`);
        rows.push(
          await attempt(name, () =>
            coldLoad(name, { edits, runs: coldRuns, random: seededRandom(seed), server: base }),
          ),
        );
      }
      console.log(
        markdownTable(
          `W3 cold load — ${edits.toLocaleString('en')} edits, restart → fresh client synced (${coldRuns} restarts)`,
          rows,
        ),
        '\n',
      );
    }
  }
  if (only.has('w4') && servers.includes('medverk')) {
    const w4Procs = clientProcs ?? Math.ceil(participants / PARTICIPANTS_PER_PROCESS);
    console.error(`W4: medverk, workshop with ${participants} participants over ${w4Procs} client process(es) …`);
    const rows = await workshop({
      participants,
      phaseMs: workshopMs,
      noteEveryMs,
      clientProcesses: w4Procs,
      random: seededRandom(seed),
      server: base,
    }).catch((error: unknown) => {
      console.error('  W4 failed:', error);
      return [failedRow('medverk', error)];
    });
    console.log(
      markdownTable(
        `W4 workshop — ${participants} participants + facilitator + a projector view, a note per person every ${noteEveryMs / 1000} s then votes (${workshopMs / 1000} s each) while the timer runs; participants in ${w4Procs} client process${w4Procs > 1 ? 'es' : ''}, seed ${seed}; Medverk only`,
        rows,
      ),
      '\n',
    );
  }
  if (only.has('w5')) {
    console.error(`W5: export, ${exportRuns} renders per format …`);
    const rows = await exportWorkload({ runs: exportRuns });
    console.log(
      markdownTable(
        'W5 export — 150-strategy plan, DOCX and PDF/A (in-process render; CPU s per render)',
        rows,
      ),
      '\n',
    );
  }
  if (only.has('w6')) {
    console.error('W6: plan-shape check per update …');
    console.log(updateCheckWorkload({ updates: 2_000, random: seededRandom(seed) }), '\n');
  }
  if (only.has('w7') && servers.includes('medverk')) {
    console.error(
      `W7: medverk, ${w7.threads} threads + ${w7.suggestions} suggestions, ${w7.people} people, replies ${w7.repliesPerSecond}/s for ${w7.durationMs / 1000} s …`,
    );
    const table = await deliberation({ ...w7, random: seededRandom(seed), server: base }).catch(
      (error: unknown) => {
        console.error('  W7 failed:', error);
        return `### W7 deliberation\n\nfailed: ${String(error).slice(0, 200)}`;
      },
    );
    console.log(table, '\n');
  }
  if (only.has('compare') && servers.includes('medverk')) {
    console.error('compare: medverk, two versions of the 150-strategy plan, 20 editors typing …');
    const table = await compareWhileTyping({
      editors: 20,
      random: seededRandom(seed),
      server: base,
    }).catch((error: unknown) => {
      console.error('  compare failed:', error);
      return `### Compare while typing\n\nfailed: ${String(error).slice(0, 200)}`;
    });
    console.log(table, '\n');
  }
  if (only.has('exports-live') && servers.includes('medverk')) {
    console.error('exports-live: medverk, 20 editors without and during 10 concurrent exports …');
    const table = await exportsWhileEditing({
      editors: 20,
      concurrentExports: 10,
      phaseMs: integer(values['exports-phase'], 'exports-phase') * 1000,
      random: seededRandom(seed),
      server: base,
    }).catch((error: unknown) => {
      console.error('  exports-live failed:', error);
      return `### exports-live\n\nfailed: ${String(error).slice(0, 200)}`;
    });
    console.log(table, '\n');
  }
  if (only.has('offline') && servers.includes('medverk')) {
    const edits = integer(values['offline-edits'], 'offline-edits');
    console.error(`offline: medverk, ${edits} keystrokes typed offline, then back online …`);
    const table = await offlineCatchUp({ edits, random: seededRandom(seed), server: base }).catch(
      (error: unknown) => {
        console.error('  offline failed:', error);
        return `### Offline catch-up\n\nfailed: ${String(error).slice(0, 200)}`;
      },
    );
    console.log(table, '\n');
  }
  if (only.has('input') && servers.includes('medverk')) {
    const residents = integer(values.residents, 'residents');
    const inputEditors = integer(values['input-editors'], 'input-editors', 2);
    console.error(`input: medverk, ${residents} residents at once while ${inputEditors} editors edit …`);
    const table = await inputBurst({
      residents,
      editors: inputEditors,
      attachmentShare: 0.5,
      attachmentBytes: 256 * 1024,
      random: seededRandom(seed),
      server: base,
    }).catch((error: unknown) => {
      console.error('  input failed:', error);
      return `### Input burst\n\nfailed: ${String(error).slice(0, 200)}`;
    });
    console.log(table, '\n');
  }
  if (only.has('editor165') && servers.includes('medverk')) {
    const runs = integer(values['editor-runs'], 'editor-runs');
    console.error(`editor165: medverk, the 165-field plan opened ${runs} times in chromium and typed in …`);
    const table = await largeEditor({
      runs,
      areas: integer(values['editor-areas'], 'editor-areas'),
      random: seededRandom(seed),
      server: base,
      profileDir: base.cpuProfileDir,
    }).catch((error: unknown) => {
      console.error('  editor165 failed:', error);
      return `### Editor with 165 fields\n\nfailed: ${String(error).slice(0, 200)}`;
    });
    console.log(table, '\n');
  }
  console.error(`bench: done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

function failedRow(server: string, error: unknown): Row {
  return {
    server,
    samples: [],
    cpuSeconds: Number.NaN,
    peakRssMb: Number.NaN,
    converged: `failed: ${String(error).slice(0, 80)}`,
  };
}

/**
 * A failing server gives a row that says so instead of ending the whole run. A failure is retried
 * once (a fresh server and clients), and the row says it was, with the first error.
 */
async function attempt(server: string, run: () => Promise<Row>): Promise<Row> {
  let first: unknown;
  try {
    return await run();
  } catch (error) {
    first = error;
    console.error(`  ${server} failed, retrying once:`, error);
  }
  try {
    const row = await run();
    return { ...row, converged: `${row.converged} (2nd try; 1st: ${String(first).slice(0, 60)})` };
  } catch (error) {
    console.error(`  ${server} failed again:`, error);
    return failedRow(server, error);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
