import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { SyncConnection } from '../../client/sync/SyncConnection';
import { DocProvider } from '../../client/sync/DocProvider';
import { startStallingProxy, type StallingProxy } from '../../tests/support/stallingProxy';
import { watchSyncTraffic } from '../../tests/support/syncTraffic';
import { purposeText, typeEdits } from '../../tests/support/offlineTyping';
import { nowMs } from '../lib/clock';
import { pollUntil, withTimeout } from '../lib/clients';
import { createMedverkPlan, startServer, type RunningServer, type ServerOptions } from '../lib/servers';

export interface OfflineCatchUpOptions {
  edits: number;
  random: () => number;
  server: ServerOptions;
}

/** How the client was offline. */
type Offline =
  /** The socket closed (the browser's `offline` event, a dropped connection) and reconnected. */
  | 'disconnect'
  /** The link stalled while the socket stayed open: the client typed on as if online. */
  | 'stall';

interface Outcome {
  offline: Offline;
  refusals: Map<string, number>;
  messages: number;
  bytes: number;
  /** From reconnect (or the link's return) to "Lagret": every change acknowledged as stored. */
  toSavedMs: number;
  serverCpuSeconds: number;
  /** A fresh client then holds exactly what the offline one has. */
  freshSeesAll: boolean;
  /** Times the socket closed during the stall (Socket.IO's heartbeat gave up). */
  drops: number;
}

const SAVED_TIMEOUT_MS = 120_000;

function open(url: string, cookie: string | null, docName: string) {
  const connection = new SyncConnection({
    url,
    reconnectDelayMs: 50,
    reconnectDelayMaxMs: 500,
    ...(cookie ? { extraHeaders: { cookie } } : {}),
  });
  const doc = new Y.Doc();
  const provider = new DocProvider(connection, docName, doc);
  return {
    connection,
    doc,
    provider,
    close() {
      provider.destroy();
      connection.close();
    },
  };
}

async function run(
  server: RunningServer,
  offline: Offline,
  options: OfflineCatchUpOptions,
): Promise<Outcome> {
  const docName = await createMedverkPlan(server, `Offline catch-up (${offline})`);
  let proxy: StallingProxy | null = null;
  if (offline === 'stall') proxy = await startStallingProxy(server.url);
  const client = open(proxy?.url ?? server.url, server.cookie, docName);
  const saved = () => client.provider.status.state === 'saved';
  try {
    const traffic = watchSyncTraffic(client.connection.socket);
    await withTimeout(client.provider.whenSynced(), 30_000, 'the first sync');
    const text = purposeText(client.doc);
    if (!(await pollUntil(saved, 30_000))) throw new Error('the purpose paragraph was not saved');
    let drops = 0;
    if (offline === 'stall') client.connection.socket.on('disconnect', () => drops++);
    traffic.reset();

    if (offline === 'disconnect') {
      client.connection.socket.disconnect();
      typeEdits(text, options.edits, options.random);
    } else {
      proxy!.stall();
      typeEdits(text, options.edits, options.random);
    }
    const before = server.stats();
    const back = nowMs();
    if (offline === 'disconnect') client.connection.socket.connect();
    else proxy!.resume();
    if (!(await pollUntil(() => saved() && traffic.unanswered() === 0, SAVED_TIMEOUT_MS)))
      throw new Error(`not saved within ${SAVED_TIMEOUT_MS / 1000} s (${client.provider.status.state})`);
    const toSavedMs = nowMs() - back;
    const after = server.stats();

    const fresh = open(server.url, server.cookie, docName);
    try {
      await withTimeout(fresh.provider.whenSynced(), 30_000, 'the fresh client');
      const same = (a: Y.Doc, b: Y.Doc) =>
        Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b))) &&
        purposeText(a).toString() === purposeText(b).toString();
      return {
        offline,
        refusals: new Map(traffic.refusals),
        messages: traffic.messages,
        bytes: traffic.bytes,
        toSavedMs,
        serverCpuSeconds: after.cpuSeconds - before.cpuSeconds,
        freshSeesAll: same(fresh.doc, client.doc),
        drops,
      };
    } finally {
      fresh.close();
    }
  } finally {
    client.close();
    await proxy?.close();
  }
}

const DESCRIPTION: Record<Offline, string> = {
  disconnect: 'socket closed, edits, reconnect',
  stall: 'link stalled unnoticed (socket open), edits, link back',
};

/**
 * Offline catch-up (Medverk only, issue #16): one real client (SyncConnection + DocProvider, as
 * in the browser) types `edits` keystrokes into the plan's purpose (rich text) while offline,
 * then comes back; reports every refusal by code, what it sent, the time until "Lagret" and the
 * server's CPU, and checks that a fresh client then sees all of it. Two ways of being offline:
 * a closed socket, and a stalled link the client does not notice (it goes on sending).
 */
export async function offlineCatchUp(options: OfflineCatchUpOptions): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-offline-'));
  const server = await startServer('medverk', dataDir, { ...options.server, nodes: 1 });
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const lines = [
    `### Offline catch-up — ${options.edits.toLocaleString('en')} keystrokes typed offline into the purpose, then back online (Medverk only; loadavg ${load})`,
    '',
    '| offline | refusals by code | sync messages | bytes sent | back → Lagret (ms) | server CPU (s) | fresh client sees all | socket drops |',
    '|---|---|---:|---:|---:|---:|---|---:|',
  ];
  try {
    for (const offline of ['disconnect', 'stall'] as const) {
      try {
        const outcome = await run(server, offline, options);
        const refusals =
          [...outcome.refusals].map(([code, count]) => `${code} ${count}`).join(', ') || '0';
        lines.push(
          `| ${DESCRIPTION[offline]} | ${refusals} | ${outcome.messages} | ${outcome.bytes.toLocaleString('en')} | ${outcome.toSavedMs.toFixed(0)} | ${outcome.serverCpuSeconds.toFixed(2)} | ${outcome.freshSeesAll ? 'yes' : 'NO'} | ${outcome.drops} |`,
        );
      } catch (error) {
        console.error(`  offline (${offline}) failed:`, error);
        lines.push(`| ${DESCRIPTION[offline]} | failed: ${String(error).slice(0, 100)} | | | | | | |`);
      }
    }
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return lines.join('\n');
}
