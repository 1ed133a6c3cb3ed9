import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nowMs } from '../lib/clock';
import { spread, withClientProcesses, type ClientProcess } from '../lib/fleet';
import { sleep } from '../lib/proc';
import {
  createMedverkPlan,
  startServer,
  type ServerAddress,
  type ServerName,
  type ServerOptions,
} from '../lib/servers';
import type { Row } from '../lib/report';

export interface StormOptions {
  editors: number;
  durationMs: number;
  opsPerSecond: number;
  random: () => number;
  /** Client processes the editors are spread over (round-robin). */
  clientProcesses: number;
  server: ServerOptions;
}

const FIELD = 'storm';

/**
 * W1: one document, N editors each inserting a short token `<editor:seq>` at a random place at
 * ~opsPerSecond for durationMs. Latency of an edit = time from the local insert until the last of
 * the other N−1 clients has seen it, on the machine's monotonic clock (clients may sit in
 * several processes).
 */
export async function editingStorm(name: ServerName, options: StormOptions): Promise<Row> {
  const dataDir = mkdtempSync(join(tmpdir(), `bench-w1-${name}-`));
  const server = await startServer(name, dataDir, options.server);
  try {
    const docName =
      name === 'medverk' ? await createMedverkPlan(server, 'W1 storm') : `w1-storm-${Date.now()}`;
    const address: ServerAddress = { name, urls: server.urls, cookie: server.cookie };
    return await withClientProcesses(options.clientProcesses, async (processes) => {
      const groups = spread(options.editors, processes.length);
      await Promise.all(
        processes.map((p, i) =>
          p.call('stormConnect', { server: address, docName, indices: groups[i]!, field: FIELD }),
        ),
      );
      const before = server.stats();

      // Each editor ticks every 1/opsPerSecond with a seeded random phase, for a bounded duration.
      const intervalMs = 1000 / options.opsPerSecond;
      const ticks = Math.ceil(options.durationMs / intervalMs) + 1;
      const phases: number[] = [];
      const positions: number[][] = [];
      for (let i = 0; i < options.editors; i++) {
        phases.push(options.random() * intervalMs);
        positions.push(Array.from({ length: ticks }, () => options.random()));
      }
      const startAt = nowMs() + 200;
      await Promise.all(
        processes.map((p, i) =>
          p.call('stormRun', {
            field: FIELD,
            startAt,
            durationMs: options.durationMs,
            intervalMs,
            phases: Object.fromEntries(groups[i]!.map((index) => [index, phases[index]!])),
            positions: Object.fromEntries(groups[i]!.map((index) => [index, positions[index]!])),
          }),
        ),
      );

      const allSeen = await settle(processes, 20_000);
      const after = server.stats();
      const collected = await Promise.all(
        processes.map((p) => p.call('stormCollect', { field: FIELD })),
      );
      const sentAt = new Map(collected.flatMap((c) => c.sentAt));
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
      const latencies: number[] = [];
      for (const [token, start] of sentAt) {
        const arrival = seen.get(token);
        if (arrival && arrival.count === options.editors - 1) latencies.push(arrival.last - start);
      }
      const states = collected.flatMap((c) => c.states);
      const same = states.every((state) => state === states[0]);
      const lost = sentAt.size - latencies.length;
      const cpuSeconds = after.cpuSeconds - before.cpuSeconds;
      // Saturated client processes send fewer edits than scheduled: CPU per edit compares fairly.
      const perEdit = `${((cpuSeconds * 1000) / Math.max(1, sentAt.size)).toFixed(2)} ms CPU/edit`;
      return {
        server: label(name, options),
        samples: latencies,
        cpuSeconds,
        peakRssMb: after.peakRssMb,
        converged: `${same ? 'yes' : 'no'}${allSeen && lost === 0 ? '' : ` (${lost}/${sentAt.size} edits not seen by all)`}; ${perEdit}`,
      };
    });
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function label(name: ServerName, options: { server: ServerOptions }): string {
  return name === 'medverk' && options.server.nodes > 1
    ? `medverk ×${options.server.nodes} nodes`
    : name;
}

/** Waits until every client has seen every edit of the others (true), or `timeoutMs` passes (false). */
async function settle(processes: ClientProcess[], timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const statuses = await Promise.all(processes.map((p) => p.call('stormStatus', {})));
    const sent = new Map<number, number>(
      statuses.flatMap((s) => Object.entries(s.sent).map(([i, n]) => [Number(i), n] as const)),
    );
    const total = [...sent.values()].reduce((a, b) => a + b, 0);
    const done = statuses.every((s) =>
      Object.entries(s.seen).every(([i, n]) => n >= total - (sent.get(Number(i)) ?? 0)),
    );
    if (done) return true;
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
}
