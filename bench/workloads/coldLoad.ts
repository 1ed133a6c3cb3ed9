import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectClient, pollUntil, type BenchClient } from '../lib/clients';
import { sleep } from '../lib/proc';
import {
  createMedverkPlan,
  startServer,
  type ServerName,
  type ServerOptions,
} from '../lib/servers';
import type { Row } from '../lib/report';
import { benchText } from '../lib/benchText';

export interface ColdLoadOptions {
  edits: number;
  /** How many restarts (one cold load each) to time. */
  runs: number;
  random: () => number;
  server: ServerOptions;
}

const FIELD = 'cold';
/** All edits go out in at most this many updates, which stays under Medverk's burst of 240 messages. */
const MAX_MESSAGES = 150;

/**
 * W3: one client makes `edits` small inserts at random places (batched into ≤150 transactions),
 * a second client confirms the server holds them all, the server stops; then `runs` times: start
 * the server on the same data and time a fresh client from creation until it is synced and holds the whole text.
 */
export async function coldLoad(name: ServerName, options: ColdLoadOptions): Promise<Row> {
  const dataDir = mkdtempSync(join(tmpdir(), `bench-w3-${name}-`));
  const opened: BenchClient[] = [];
  let server = await startServer(name, dataDir, options.server);
  try {
    const docName = name === 'medverk' ? await createMedverkPlan(server, 'W3 cold') : 'w3-cold';
    const writer = connectClient(server, docName);
    opened.push(writer);
    await writer.whenSynced(30_000);
    const text = benchText(writer.doc, FIELD);
    const perBatch = Math.ceil(options.edits / MAX_MESSAGES);
    for (let done = 0; done < options.edits;) {
      const count = Math.min(perBatch, options.edits - done);
      writer.doc.transact(() => {
        for (let i = 0; i < count; i++)
          text.insert(Math.floor(options.random() * (text.length + 1)), 'ab');
      });
      done += count;
      await sleep(5);
    }
    const length = text.length;
    const checker = connectClient(server, docName);
    opened.push(checker);
    await checker.whenSynced(60_000);
    const stored = await pollUntil(() => benchText(checker.doc, FIELD).length === length, 120_000);
    if (!stored) throw new Error(`${name}: the server did not receive all ${options.edits} edits`);
    closeAll(opened);
    // Give debounced persistence (Hocuspocus stores on last disconnect, LevelDB writes async) time.
    await sleep(2_000);
    await server.stop();

    const samples: number[] = [];
    let cpuSeconds = 0;
    let peakRssMb = 0;
    let complete = true;
    for (let run = 0; run < options.runs; run++) {
      server = await startServer(name, dataDir, options.server);
      const before = server.stats();
      const started = performance.now();
      const reader = connectClient(server, docName);
      opened.push(reader);
      // Loaded = synced AND the whole text is there (y-websocket answers before LevelDB has loaded).
      const full = contentArrives(reader, length, 30_000);
      await reader.whenSynced(120_000);
      const arrived = await full;
      samples.push(performance.now() - started);
      complete &&= arrived;
      const after = server.stats();
      cpuSeconds = Math.max(cpuSeconds, after.cpuSeconds - before.cpuSeconds);
      peakRssMb = Math.max(peakRssMb, after.peakRssMb);
      closeAll(opened);
      await server.stop();
    }
    return {
      server: name,
      samples,
      cpuSeconds,
      peakRssMb,
      converged: complete ? 'yes (complete)' : `no (loaded text ≠ ${length} chars)`,
    };
  } finally {
    closeAll(opened);
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Resolves true at the first update after which the text has `length` characters, false on timeout. */
function contentArrives(client: BenchClient, length: number, timeoutMs: number): Promise<boolean> {
  const text = benchText(client.doc, FIELD);
  if (text.length === length) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (result: boolean) => {
      clearTimeout(timer);
      client.doc.off('update', check);
      resolve(result);
    };
    const check = () => {
      if (text.length === length) done(true);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    client.doc.on('update', check);
  });
}

function closeAll(clients: BenchClient[]): void {
  clients.splice(0).forEach((client) => client.close());
}
