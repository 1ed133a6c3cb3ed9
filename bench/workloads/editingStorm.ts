import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectClient, converged, pollUntil, type BenchClient } from '../lib/clients';
import { sleep } from '../lib/proc';
import { createMedverkPlan, startServer, type ServerName } from '../lib/servers';
import type { Row } from '../lib/report';

export interface StormOptions {
  editors: number;
  durationMs: number;
  opsPerSecond: number;
  random: () => number;
}

const FIELD = 'storm';
const TOKEN = /<(\d+):(\d+)>/g;

/**
 * W1: one document, N editors each inserting a short token `<editor:seq>` at a random place at
 * ~opsPerSecond for durationMs. Latency of an edit = time from the local insert until the last of
 * the other N−1 clients has seen it (all clients share this process, so one clock).
 */
export async function editingStorm(name: ServerName, options: StormOptions): Promise<Row> {
  const dataDir = mkdtempSync(join(tmpdir(), `bench-w1-${name}-`));
  const server = await startServer(name, dataDir);
  const clients: BenchClient[] = [];
  try {
    const docName = name === 'medverk' ? await createMedverkPlan(server, 'W1 storm') : `w1-storm-${Date.now()}`;
    const before = server.stats();
    const sentAt = new Map<string, number>();
    const seenBy = new Map<string, number>();
    const latencies: number[] = [];
    const expected = options.editors - 1;
    for (let index = 0; index < options.editors; index++) {
      const client = connectClient(server, docName);
      client.doc.getText(FIELD).observe((event, transaction) => {
        if (transaction.local) return;
        const now = performance.now();
        for (const op of event.delta) {
          if (typeof op.insert !== 'string') continue;
          for (const match of op.insert.matchAll(TOKEN)) {
            const token = match[0];
            const count = (seenBy.get(token) ?? 0) + 1;
            seenBy.set(token, count);
            const start = sentAt.get(token);
            if (count === expected && start !== undefined) latencies.push(now - start);
          }
        }
      });
      clients.push(client);
    }
    await Promise.all(clients.map((client) => client.whenSynced(30_000)));

    // Each editor ticks every 1/opsPerSecond with a seeded random phase, for a bounded duration.
    const interval = 1000 / options.opsPerSecond;
    const phases = clients.map(() => options.random() * interval);
    const positions = clients.map(() => Array.from({ length: Math.ceil(options.durationMs / interval) + 1 }, () => options.random()));
    const timers: ReturnType<typeof setTimeout>[] = [];
    const started = performance.now();
    clients.forEach((client, index) => {
      let seq = 0;
      const tick = () => {
        if (performance.now() - started >= options.durationMs) return;
        const text = client.doc.getText(FIELD);
        const token = `<${index}:${seq}>`;
        const at = Math.floor((positions[index]![seq] ?? 0) * (text.length + 1));
        seq++;
        sentAt.set(token, performance.now());
        text.insert(Math.min(at, text.length), token);
        timers.push(setTimeout(tick, interval));
      };
      timers.push(setTimeout(tick, phases[index]));
    });
    await sleep(options.durationMs + interval);
    timers.forEach(clearTimeout);

    const allSeen = await pollUntil(() => latencies.length >= sentAt.size, 15_000);
    const same = await pollUntil(() => converged(clients.map((c) => c.doc), FIELD), 15_000);
    const after = server.stats();
    const lost = sentAt.size - latencies.length;
    return {
      server: name,
      samples: latencies,
      cpuSeconds: after.cpuSeconds - before.cpuSeconds,
      peakRssMb: after.peakRssMb,
      converged: `${same ? 'yes' : 'no'}${allSeen ? '' : ` (${lost}/${sentAt.size} edits not seen by all)`}`,
    };
  } finally {
    clients.forEach((client) => client.close());
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
