import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { planDocName } from '../../shared/protocol';
import { diffPlans, type PlanDiff, type TextDiff } from '../../shared/plan/diff';
import { addFocusArea, getFocusArea } from '../../shared/plan/focusAreas';
import { initPlan, purposeFragment } from '../../shared/plan/planDoc';
import { restorePlan } from '../../shared/plan/restore';
import { writeJson, type RichNode } from '../../shared/plan/richText';
import { planSnapshot, type PlanSnapshot } from '../../shared/plan/snapshot';
import { addStrategy, listStrategies } from '../../shared/plan/strategies';
import { buildLargeSnapshot } from '../../server/export/fixtures';
import { SqliteStorage } from '../../server/storage/sqlite/SqliteStorage';
import { nowMs } from '../lib/clock';
import { startBackgroundTyping, withClientProcesses } from '../lib/fleet';
import { sleep } from '../lib/proc';
import { percentile } from '../lib/stats';
import {
  createMedverkPlan,
  post,
  startServer,
  type RunningServer,
  type ServerAddress,
  type ServerOptions,
} from '../lib/servers';

export interface CompareWhileTypingOptions {
  editors: number;
  random: () => number;
  server: ServerOptions;
}

const FIELD = 'compare';
/** Editors type this long before the comparisons start, so "before" and "during" compare. */
const CALM_MS = 5_000;
/** …and comparisons run back to back for this long. */
const COMPARE_WINDOW_MS = 8_000;
const IN_PROCESS_RUNS = 5;

/**
 * Compare (Medverk only): two frozen versions of the 150-strategy plan W5 exports (one edited
 * as a working group would between two political steps: words changed in a third of the
 * strategies, a paragraph rewritten in every tenth, a long passage replaced in a few) compared
 * over `GET /api/plans/:id/compare` back to back while `editors` type in the same plan. Reports
 * each compare's time, the pure `diffPlans` time in this process, and the editors'
 * edit → all-others latency before and during the comparisons.
 */
export async function compareWhileTyping(options: CompareWhileTypingOptions): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-compare-'));
  // Seeding writes the node's SQLite file directly, so this runs on one node.
  const serverOptions: ServerOptions = { ...options.server, nodes: 1 };
  const file = join(dataDir, 'node-0', 'medverk.db');
  const first = buildLargeSnapshot();
  const second = editedVersion(first);
  let server: RunningServer | null = await startServer('medverk', dataDir, serverOptions);
  try {
    const docName = await createMedverkPlan(server, 'Temaplan for medborgerskap (compare)');
    const planId = docName.split(':')[1]!;
    const versionIds: string[] = [];
    for (const [name, content] of [
      ['Utkast 1', first],
      ['Til førstegangsbehandling', second],
    ] as const) {
      await server.stop();
      server = null;
      await writeStored(file, planDocName(planId), content);
      server = await startServer('medverk', dataDir, serverOptions);
      versionIds.push(await freeze(server, planId, name));
    }
    const inProcess = timeDiffPlans(first, second);
    const running = server;
    const address: ServerAddress = { name: 'medverk', urls: running.urls, cookie: running.cookie };
    const procs = Math.max(1, Math.ceil(options.editors / 50));
    return await withClientProcesses(procs, async (processes) => {
      const { startAt, typing: storm } = await startBackgroundTyping(processes, {
        address,
        docName,
        editors: options.editors,
        field: FIELD,
        durationMs: CALM_MS + COMPARE_WINDOW_MS,
        random: options.random,
      });
      await sleep(startAt + CALM_MS - nowMs());
      const compareStart = nowMs();
      const before = running.stats();
      const compares: number[] = [];
      let bytes = 0;
      while (nowMs() - compareStart < COMPARE_WINDOW_MS) {
        const started = nowMs();
        bytes = await compare(running, planId, versionIds[0]!, versionIds[1]!);
        compares.push(nowMs() - started);
      }
      const compareEnd = nowMs();
      const after = running.stats();
      await storm;
      const collected = await Promise.all(
        processes.map((p) => p.call('stormCollect', { field: FIELD })),
      );
      const edits = latenciesBySendTime(collected, options.editors);
      return report(options, {
        inProcess,
        compares,
        bytes,
        cpuSeconds: after.cpuSeconds - before.cpuSeconds,
        calm: edits.filter((e) => e.sentAt < compareStart).map((e) => e.ms),
        during: edits
          .filter((e) => e.sentAt >= compareStart && e.sentAt <= compareEnd)
          .map((e) => e.ms),
      });
    });
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Deterministic edits of the kinds a working group makes between two steps. */
function editedVersion(plan: PlanSnapshot): PlanSnapshot {
  let n = 0;
  const rewritten = (seed: number): RichNode => ({
    type: 'paragraph',
    content: [
      {
        type: 'text',
        text: Array.from(
          { length: 250 },
          (_, i) => `tiltak${(seed * 31 + i * 7) % 997}${i % 3 === 0 ? ',' : ''}`,
        ).join(' '),
      },
    ],
  });
  const editText = (node: RichNode, seed: number): RichNode =>
    node.type === 'text' && node.text
      ? {
          ...node,
          text: node.text
            .replace('skal', seed % 2 === 0 ? 'bør' : 'skal alltid')
            .replace('kommunen', 'Asker kommune'),
        }
      : { ...node, content: node.content?.map((child) => editText(child, seed)) };
  return {
    ...plan,
    focusAreas: plan.focusAreas.map((area) => ({
      ...area,
      strategies: area.strategies.map((strategy) => {
        const k = n++;
        if (k % 50 === 5) return { ...strategy, body: [rewritten(k), ...strategy.body.slice(1)] };
        if (k % 10 === 0)
          return {
            ...strategy,
            body: [
              { type: 'paragraph', content: [{ type: 'text', text: `Ny tekst for tiltak ${k}.` }] },
              ...strategy.body.slice(1),
            ],
          };
        if (k % 3 === 0)
          return { ...strategy, body: strategy.body.map((block) => editText(block, k)) };
        return strategy;
      }),
    })),
  };
}

/** A plan document holding `content` (a snapshot), built through the plan's own operations. */
export function planDocOf(content: PlanSnapshot): Y.Doc {
  const doc = new Y.Doc();
  initPlan(doc, { title: content.title, municipality: content.municipality });
  writeJson(purposeFragment(doc), content.purpose);
  for (const area of content.focusAreas) {
    addFocusArea(doc, { id: area.id, title: area.title });
    const ref = getFocusArea(doc, area.id);
    if (!ref) throw new Error(`compare bench: no focus area ${area.id}`);
    writeJson(ref.body, area.body);
    for (const strategy of area.strategies) {
      addStrategy(doc, area.id, { id: strategy.id });
      const body = listStrategies(doc, area.id).find((s) => s.id === strategy.id)?.body;
      if (!body) throw new Error(`compare bench: no strategy ${strategy.id}`);
      writeJson(body, strategy.body);
    }
  }
  return doc;
}

/** With the server stopped: the stored plan becomes `content`, as one forward change. */
export async function writeStored(file: string, name: string, content: PlanSnapshot): Promise<void> {
  const storage = new SqliteStorage({ file, synchronous: 'normal' });
  try {
    const live = new Y.Doc();
    const stored = await storage.docs.loadDoc(name);
    if (!stored.snapshot) throw new Error('compare bench: the plan was not stored at creation');
    Y.applyUpdate(live, stored.snapshot);
    stored.updates.forEach((update) => Y.applyUpdate(live, update));
    restorePlan(live, planDocOf(content));
    await storage.docs.compactDoc(name, Y.encodeStateAsUpdate(live));
  } finally {
    await storage.close();
  }
}

async function freeze(server: RunningServer, planId: string, name: string): Promise<string> {
  const response = await post(server.url, `/api/plans/${planId}/versions`, server.cookie, {
    name,
    step: 'drafting',
  });
  if (!response.ok)
    throw new Error(`freezing ${name}: ${response.status} ${await response.text()}`);
  const { version } = (await response.json()) as { version: { id: string } };
  return version.id;
}

/** One comparison over HTTP, as the compare page asks for it; returns the response's size. */
async function compare(server: RunningServer, planId: string, from: string, to: string) {
  const response = await fetch(`${server.url}/api/plans/${planId}/compare?from=${from}&to=${to}`, {
    headers: { cookie: server.cookie ?? '' },
    signal: AbortSignal.timeout(30_000),
  });
  const body = await response.text();
  if (!response.ok) throw new Error(`compare: ${response.status} ${body.slice(0, 200)}`);
  const { diff } = JSON.parse(body) as { diff: PlanDiff };
  if (!diff.changed) throw new Error('compare: the two versions came out equal');
  return body.length;
}

interface InProcess {
  ms: number[];
  changedStrategies: number;
  wholeReplaced: number;
}

/** The pure diff, without HTTP, storage or JSON: what the server's event loop spends on it. */
function timeDiffPlans(first: PlanSnapshot, second: PlanSnapshot): InProcess {
  // Numbered as the server's snapshots are, so the shapes match what the route diffs.
  const a = planSnapshot(planDocOf(first));
  const b = planSnapshot(planDocOf(second));
  let diff = diffPlans(a, b);
  const ms: number[] = [];
  for (let run = 0; run < IN_PROCESS_RUNS; run++) {
    const started = performance.now();
    diff = diffPlans(a, b);
    ms.push(performance.now() - started);
  }
  const strategies = diff.focusAreas.flatMap((area) => area.strategies);
  const bodies: TextDiff[] = strategies.map((strategy) => strategy.body);
  return {
    ms,
    changedStrategies: strategies.filter((strategy) => strategy.changed).length,
    wholeReplaced: bodies.filter((body) => body.segments.some((s) => s.whole)).length,
  };
}

export function latenciesBySendTime(
  collected: { sentAt: [string, number][]; arrivals: [string, number, number][] }[],
  editors: number,
): { sentAt: number; ms: number }[] {
  const seen = new Map<string, { count: number; last: number }>();
  for (const [token, count, last] of collected.flatMap((c) => c.arrivals)) {
    const earlier = seen.get(token);
    seen.set(
      token,
      earlier
        ? { count: earlier.count + count, last: Math.max(earlier.last, last) }
        : { count, last },
    );
  }
  return collected.flatMap((c) =>
    c.sentAt.flatMap(([token, sentAt]) => {
      const arrival = seen.get(token);
      return arrival && arrival.count === editors - 1
        ? [{ sentAt, ms: arrival.last - sentAt }]
        : [];
    }),
  );
}

interface Measured {
  inProcess: InProcess;
  compares: number[];
  bytes: number;
  cpuSeconds: number;
  calm: number[];
  during: number[];
}

const ms = (values: readonly number[], p: number) => {
  const value = percentile(values, p);
  return Number.isFinite(value) ? value.toFixed(1) : 'n/a';
};

function report(options: CompareWhileTypingOptions, m: Measured): string {
  const ratio = percentile(m.during, 99) / percentile(m.calm, 99);
  return [
    `### Compare while typing — two versions of the 150-strategy plan compared back to back for ${COMPARE_WINDOW_MS / 1000} s while ${options.editors} editors type; Medverk only`,
    '',
    '| measure | p50 (ms) | p99 (ms) | samples |',
    '|---|---:|---:|---:|',
    `| diffPlans in-process (no HTTP) | ${ms(m.inProcess.ms, 50)} | ${ms(m.inProcess.ms, 99)} | ${m.inProcess.ms.length} |`,
    `| GET compare, request → body | ${ms(m.compares, 50)} | ${ms(m.compares, 99)} | ${m.compares.length} |`,
    `| editors' edit → all others, before the comparisons | ${ms(m.calm, 50)} | ${ms(m.calm, 99)} | ${m.calm.length} |`,
    `| editors' edit → all others, during the comparisons | ${ms(m.during, 50)} | ${ms(m.during, 99)} | ${m.during.length} |`,
    '',
    `${m.inProcess.changedStrategies} of 150 strategies changed, ${m.inProcess.wholeReplaced} shown with a paragraph replaced whole; ` +
      `response ${Math.round(m.bytes / 1024)} kB; server CPU during the comparisons ${m.cpuSeconds.toFixed(2)} s; ` +
      `editors' p99 during / before: ${Number.isFinite(ratio) ? ratio.toFixed(2) : 'n/a'}×.`,
  ].join('\n');
}
