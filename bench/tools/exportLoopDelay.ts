/**
 * What HTTP exports cost the server's event loop (issue #16), in one process: a real server
 * (tests/support/testServer.ts) with the 150-strategy plan, a typist changing it 40 times a
 * second (as exports-live's 20 editors do, so no two exports see the same state), then N
 * concurrent exports (PDF/A and DOCX alternating) for a window. Reports the main thread's event
 * loop delay (`monitorEventLoopDelay`) and utilisation (`performance.eventLoopUtilization`, the
 * main thread alone: render threads not counted) without and during the exports.
 *
 *   npx tsx bench/tools/exportLoopDelay.ts [--exports 10] [--window 10]
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { titleText } from '../../shared/plan/planDoc';
import { restorePlan } from '../../shared/plan/restore';
import { buildLargeSnapshot } from '../../server/export/fixtures';
import { withLiveDoc } from '../../server/versions/planVersions';
import { api, ownerWithPlan, startTestServer } from '../../tests/support/testServer';
import { planDocOf } from '../workloads/compareWhileTyping';

const { values } = parseArgs({ options: { exports: { type: 'string', default: '10' }, window: { type: 'string', default: '10' } } });
const concurrent = Number(values.exports);
const windowMs = Number(values.window) * 1000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function measure(work: () => Promise<void>) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  const elu = performance.eventLoopUtilization();
  delay.enable();
  await work();
  delay.disable();
  const used = performance.eventLoopUtilization(elu);
  return {
    p50: delay.percentile(50) / 1e6,
    p99: delay.percentile(99) / 1e6,
    max: delay.max / 1e6,
    busyMs: used.active,
    utilisation: used.utilization,
  };
}

const server = await startTestServer({ seedDemo: false });
try {
  const { cookie, planId } = await ownerWithPlan(server, 'Temaplan (eksport)');
  await withLiveDoc(server.medverk.docs, planId, (doc) => restorePlan(doc, planDocOf(buildLargeSnapshot())));
  const exportOnce = async (format: 'pdf' | 'docx', signal?: AbortSignal) => {
    try {
      const response = await api(server.url, cookie)(`/api/plans/${planId}/export?format=${format}`);
      const bytes = (await response.arrayBuffer()).byteLength;
      return signal?.aborted ? 'late' : response.status === 200 ? bytes : response.status;
    } catch {
      return 'failed';
    }
  };
  await exportOnce('pdf'); // starts the render thread, as exports-live does
  let typing = true;
  const typist = (async () => {
    for (let n = 0; typing; n++) {
      await withLiveDoc(server.medverk.docs, planId, (doc) => titleText(doc).insert(0, String(n % 10)));
      await sleep(25);
    }
  })();
  const without = await measure(() => sleep(windowMs));
  let done = 0;
  const during = await measure(async () => {
    const end = new AbortController();
    const loops = Array.from({ length: concurrent }, async (_, loop) => {
      for (let n = loop; !end.signal.aborted; n++) {
        const result = await exportOnce(n % 2 === 0 ? 'pdf' : 'docx', end.signal);
        if (typeof result === 'number' && !end.signal.aborted) done++;
      }
    });
    await sleep(windowMs);
    end.abort();
    void Promise.all(loops);
  });
  typing = false;
  await typist;
  const row = (name: string, m: Awaited<ReturnType<typeof measure>>) =>
    `| ${name} | ${m.p50.toFixed(1)} | ${m.p99.toFixed(1)} | ${m.max.toFixed(1)} | ${m.busyMs.toFixed(0)} | ${(m.utilisation * 100).toFixed(0)} % |`;
  console.log(
    [
      `exports: ${concurrent} concurrent, window ${windowMs / 1000} s, ${done} finished in it; load ${(await import('node:os')).loadavg()[0]!.toFixed(2)}`,
      '| phase | loop delay p50 (ms) | p99 (ms) | max (ms) | main thread busy (ms) | utilisation |',
      '|---|---:|---:|---:|---:|---:|',
      row('typing, no exports', without),
      row('typing, exports', during),
    ].join('\n'),
  );
} finally {
  await server.dispose();
  process.exit(0);
}
