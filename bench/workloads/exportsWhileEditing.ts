import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planDocName } from '../../shared/protocol';
import { buildLargeSnapshot } from '../../server/export/fixtures';
import { nowMs } from '../lib/clock';
import { startBackgroundTyping, withClientProcesses } from '../lib/fleet';
import { sleep } from '../lib/proc';
import { percentile } from '../lib/stats';
import {
  createMedverkPlan,
  startServer,
  type RunningServer,
  type ServerAddress,
  type ServerOptions,
} from '../lib/servers';
import { latenciesBySendTime, writeStored } from './compareWhileTyping';

export interface ExportsWhileEditingOptions {
  editors: number;
  /** HTTP exports kept running at once, PDF and DOCX alternating. */
  concurrentExports: number;
  /** Length of each of the two measured phases. */
  phaseMs: number;
  random: () => number;
  server: ServerOptions;
}

const FIELD = 'exports-live';
type Format = 'pdf' | 'docx';

/**
 * exports-live (issue #16, Medverk only): W1's editing storm (editors × 2 ops/s on the
 * 150-strategy plan W5 exports, edit → all-others latency) measured twice in one run: for
 * `phaseMs` without exports, then for `phaseMs` while `concurrentExports` HTTP exports of that
 * plan (PDF/A and DOCX alternating) run back to back. The renders run in the server's worker
 * threads (server/export/renderPool.ts), which also read the plan's state and build the export
 * model; what is left on the event loop is encoding the live plan's state (once per change) and
 * reading the small metadata. Identical exports of one state share a render, but the editors
 * change the plan 40 times a second, so here nearly every export is a render of its own. One
 * export before the storm starts the render thread, so the window measures rendering, not the
 * thread's start.
 */
export async function exportsWhileEditing(options: ExportsWhileEditingOptions): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-exports-live-'));
  // Seeding writes the node's SQLite file directly, so this runs on one node.
  const serverOptions: ServerOptions = { ...options.server, nodes: 1 };
  let server: RunningServer | null = await startServer('medverk', dataDir, serverOptions);
  try {
    const docName = await createMedverkPlan(server, 'Temaplan for medborgerskap (exports-live)');
    const planId = docName.split(':')[1]!;
    await server.stop();
    server = null;
    await writeStored(join(dataDir, 'node-0', 'medverk.db'), planDocName(planId), buildLargeSnapshot());
    server = await startServer('medverk', dataDir, serverOptions);
    const running = server;
    const warmUpStart = nowMs();
    const warmUp = await exportOnce(running, planId, 'pdf');
    const warmUpMs = nowMs() - warmUpStart;
    const address: ServerAddress = { name: 'medverk', urls: running.urls, cookie: running.cookie };
    const procs = Math.max(1, Math.ceil(options.editors / 50));
    const loadBefore = loadAverage();
    return await withClientProcesses(procs, async (processes) => {
      const { startAt, typing: storm } = await startBackgroundTyping(processes, {
        address,
        docName,
        editors: options.editors,
        field: FIELD,
        durationMs: 2 * options.phaseMs,
        random: options.random,
      });
      await sleep(startAt + options.phaseMs - nowMs());
      const exportStart = nowMs();
      const before = running.stats();
      const exports: Record<Format, number[]> = { pdf: [], docx: [] };
      let refused = 0;
      let unfinished = 0;
      // At the window's end the exports still under way are abandoned (and counted), so the
      // run takes as long whatever a render costs on the machine at the time.
      const windowEnd = new AbortController();
      const loops = Promise.all(
        Array.from({ length: options.concurrentExports }, async (_, loop) => {
          for (let n = loop; !windowEnd.signal.aborted; n++) {
            const format: Format = n % 2 === 0 ? 'pdf' : 'docx';
            const started = nowMs();
            const outcome = await exportOnce(running, planId, format, windowEnd.signal);
            if (outcome === 'refused') refused++;
            else if (outcome === 'abandoned') unfinished++;
            else exports[format].push(nowMs() - started);
          }
        }),
      );
      await sleep(exportStart + options.phaseMs - nowMs());
      windowEnd.abort();
      await loops;
      const exportEnd = nowMs();
      const after = running.stats();
      await storm;
      const collected = await Promise.all(processes.map((p) => p.call('stormCollect', { field: FIELD })));
      const edits = latenciesBySendTime(collected, options.editors);
      return report(options, {
        warmUpBytes: typeof warmUp === 'number' ? warmUp : 0,
        warmUpMs,
        calm: edits.filter((e) => e.sentAt < exportStart).map((e) => e.ms),
        during: edits.filter((e) => e.sentAt >= exportStart && e.sentAt <= exportEnd).map((e) => e.ms),
        exports,
        refused,
        unfinished,
        windowMs: exportEnd - exportStart,
        cpuSeconds: after.cpuSeconds - before.cpuSeconds,
        peakRssMb: after.peakRssMb,
        load: [loadBefore, loadAverage()],
      });
    });
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** One export over HTTP as the export page asks for it: the file's size, refused (503) or abandoned. */
async function exportOnce(
  server: RunningServer,
  planId: string,
  format: Format,
  stop?: AbortSignal,
): Promise<number | 'refused' | 'abandoned'> {
  const timeout = AbortSignal.timeout(300_000);
  let response: Response;
  let body: Buffer;
  try {
    response = await fetch(`${server.url}/api/plans/${planId}/export?format=${format}`, {
      headers: { cookie: server.cookie ?? '' },
      signal: stop ? AbortSignal.any([stop, timeout]) : timeout,
    });
    body = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    if (stop?.aborted) return 'abandoned';
    throw error;
  }
  if (response.status === 503) return 'refused';
  if (!response.ok) throw new Error(`export ${format}: ${response.status} ${body.toString('utf8').slice(0, 200)}`);
  return body.byteLength;
}

/** The 1-minute load average: the machine is shared, so every table says how busy it was. */
function loadAverage(): number {
  return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
}

interface Measured {
  warmUpBytes: number;
  warmUpMs: number;
  calm: number[];
  during: number[];
  exports: Record<Format, number[]>;
  refused: number;
  unfinished: number;
  windowMs: number;
  cpuSeconds: number;
  peakRssMb: number;
  load: [number, number];
}

const ms = (values: readonly number[], p: number) => {
  const value = percentile(values, p);
  return Number.isFinite(value) ? value.toFixed(1) : 'n/a';
};

function report(options: ExportsWhileEditingOptions, m: Measured): string {
  const ratio = (p: number) => {
    const value = percentile(m.during, p) / percentile(m.calm, p);
    return Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a';
  };
  const done = m.exports.pdf.length + m.exports.docx.length;
  return [
    `### exports-live — W1 with ${options.editors} editors on the 150-strategy plan, without and during ${options.concurrentExports} concurrent HTTP exports (PDF/A and DOCX alternating), ${options.phaseMs / 1000} s each; Medverk only`,
    '',
    '| measure | p50 (ms) | p99 (ms) | samples |',
    '|---|---:|---:|---:|',
    `| editors' edit → all others, without exports | ${ms(m.calm, 50)} | ${ms(m.calm, 99)} | ${m.calm.length} |`,
    `| editors' edit → all others, during the exports | ${ms(m.during, 50)} | ${ms(m.during, 99)} | ${m.during.length} |`,
    `| **during / without** | ${ratio(50)} | ${ratio(99)} | |`,
    `| export PDF/A, request → file (queue wait + render) | ${ms(m.exports.pdf, 50)} | ${ms(m.exports.pdf, 99)} | ${m.exports.pdf.length} |`,
    `| export DOCX, request → file (queue wait + render) | ${ms(m.exports.docx, 50)} | ${ms(m.exports.docx, 99)} | ${m.exports.docx.length} |`,
    '',
    `${done} exports done in ${(m.windowMs / 1000).toFixed(1)} s, ${m.unfinished} under way at the end, ${m.refused} refused with 503; the first export (PDF/A, ${Math.round(m.warmUpBytes / 1024)} kB, before the storm, alone, starting the render thread) took ${(m.warmUpMs / 1000).toFixed(1)} s; ` +
      `server CPU (main + render threads) during the exports ${m.cpuSeconds.toFixed(2)} s; server peak RSS ${Math.round(m.peakRssMb)} MB; ` +
      `load average ${m.load[0].toFixed(2)} before, ${m.load[1].toFixed(2)} after.`,
  ].join('\n');
}
