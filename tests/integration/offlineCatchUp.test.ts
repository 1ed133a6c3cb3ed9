import { afterEach, describe, expect, it } from 'vitest';
import * as prng from 'lib0/prng';
import { planDocName } from '../../shared/protocol';
import { planSnapshot } from '../../shared/plan/snapshot';
import { ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';
import { connectClient, stateOf, type TestClient } from '../support/syncClient';
import { waitFor } from '../support/waitFor';
import { seededGenerator, testSeed } from '../support/seed';
import { startStallingProxy, type StallingProxy } from '../support/stallingProxy';
import { watchSyncTraffic } from '../support/syncTraffic';
import { purposeText, typeEdits } from '../support/offlineTyping';

const FILE = 'tests/integration/offlineCatchUp.test.ts';
const EDITS = 5_000;

let server: TestServer | null = null;
let proxy: StallingProxy | null = null;
const clients: TestClient[] = [];

afterEach(async () => {
  clients.splice(0).forEach((client) => client.close());
  await proxy?.close();
  proxy = null;
  await server?.dispose();
  server = null;
});

function open(url: string, docName: string, cookie: string): TestClient {
  const client = connectClient(url, docName, cookie);
  clients.push(client);
  return client;
}

/** What the server stored, read after a restart by a fresh client: it must equal `client`'s plan. */
async function expectStored(client: TestClient, docName: string, cookie: string): Promise<void> {
  const dataDir = server!.dataDir;
  await server!.stop();
  server = await startTestServer({ dataDir, seedDemo: false });
  const reader = open(server.url, docName, cookie);
  await reader.provider.whenSynced();
  expect(stateOf(reader.doc)).toBe(stateOf(client.doc));
  expect(planSnapshot(reader.doc)).toEqual(planSnapshot(client.doc));
}

describe('a long offline session', () => {
  it(`catches up ${EDITS} edits typed while the link stalled unnoticed without a single refusal`, async () => {
    const random = seededGenerator(testSeed(16), FILE);
    server = await startTestServer({ seedDemo: false });
    proxy = await startStallingProxy(server.url);
    const { cookie, planId } = await ownerWithPlan(server);
    const docName = planDocName(planId);
    const client = open(proxy.url, docName, cookie);
    const traffic = watchSyncTraffic(client.connection.socket);
    await waitFor(() => client.provider.status.state === 'saved', 'the first sync to be saved');
    const text = purposeText(client.doc);
    await waitFor(() => client.provider.status.state === 'saved', 'the purpose paragraph to be saved');

    // The network goes; the socket does not notice (no close), so the client goes on as if online.
    proxy.stall();
    typeEdits(text, EDITS, () => prng.real53(random));
    proxy.resume();
    await waitFor(
      () => client.provider.status.state === 'saved' && traffic.unanswered() === 0,
      'every edit to be acknowledged as stored',
      30_000,
    );
    expect(Object.fromEntries(traffic.refusals)).toEqual({});
    // Merged, not one message per keystroke.
    expect(traffic.messages).toBeLessThan(50);
    await expectStored(client, docName, cookie);
  });

  it(`sends ${EDITS} edits typed while disconnected in a few messages on reconnect, none refused`, async () => {
    const random = seededGenerator(testSeed(61), FILE);
    server = await startTestServer({ seedDemo: false });
    const { cookie, planId } = await ownerWithPlan(server);
    const docName = planDocName(planId);
    const client = open(server.url, docName, cookie);
    const traffic = watchSyncTraffic(client.connection.socket);
    await waitFor(() => client.provider.status.state === 'saved', 'the first sync to be saved');
    const text = purposeText(client.doc);
    await waitFor(() => client.provider.status.state === 'saved', 'the purpose paragraph to be saved');

    client.connection.socket.disconnect();
    await waitFor(() => client.provider.status.state === 'offline', 'the client to be offline');
    typeEdits(text, EDITS, () => prng.real53(random));
    client.connection.socket.connect();
    // Typing goes on, fast, while the server is still storing the catch-up.
    await waitFor(() => client.provider.synced, 'the handshake to end');
    typeEdits(text, 400, () => prng.real53(random));
    await waitFor(
      () => client.provider.status.state === 'saved' && traffic.unanswered() === 0,
      'every edit to be acknowledged as stored',
      30_000,
    );
    expect(Object.fromEntries(traffic.refusals)).toEqual({});
    expect(traffic.messages).toBeLessThan(50);
    await expectStored(client, docName, cookie);
  });
});
