import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Limits, planDocName } from '../../shared/protocol';
import { addFocusArea, getFocusArea } from '../../shared/plan/focusAreas';
import { writeParagraphs } from '../../shared/plan/richText';
import { planSnapshot } from '../../shared/plan/snapshot';
import { ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';
import { connectClient, stateOf, type TestClient } from '../support/syncClient';
import { waitFor } from '../support/waitFor';

let server: TestServer | null = null;
const clients: TestClient[] = [];

afterEach(async () => {
  clients.splice(0).forEach((client) => client.close());
  await server?.dispose();
  server = null;
});

function open(url: string, docName: string, cookie: string, doc?: Y.Doc): TestClient {
  const client = connectClient(url, docName, cookie, doc);
  clients.push(client);
  return client;
}

describe('a catch-up larger than one message', () => {
  it('arrives whole, in pieces, and is stored: the plan read back after a restart equals the client', async () => {
    server = await startTestServer({ seedDemo: false });
    const { cookie, planId } = await ownerWithPlan(server);
    const docName = planDocName(planId);

    // The plan as the server has it, then a long offline session on this device.
    const first = open(server.url, docName, cookie);
    await first.provider.whenSynced();
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(first.doc));
    const serverState = Y.encodeStateVector(first.doc);
    first.close();
    const text = 'Frivillige lag og foreninger i Asker – æøå. '.repeat(6_000);
    for (let i = 0; i < 40; i++) {
      const id = addFocusArea(offline, { title: `Innsatsområde ${i + 1}` });
      writeParagraphs(getFocusArea(offline, id)!.body, [`${i + 1}: ${text}`]);
    }
    const missing = Y.encodeStateAsUpdate(offline, serverState).byteLength;
    // More than any one message or update may carry, several times over.
    expect(missing).toBeGreaterThan(2 * Limits.maxMessageBytes);
    expect(missing).toBeGreaterThan(8 * Limits.maxUpdateBytes);

    const back = open(server.url, docName, cookie, offline);
    await waitFor(
      () => back.provider.status.state === 'saved',
      'the catch-up to be acknowledged as stored',
      25_000,
    );

    // What the server stored, read after a restart by a fresh client.
    const dataDir = server.dataDir;
    await server.stop();
    server = await startTestServer({ dataDir, seedDemo: false });
    const reader = open(server.url, docName, cookie);
    await reader.provider.whenSynced();
    expect(stateOf(reader.doc)).toBe(stateOf(offline));
    expect(planSnapshot(reader.doc)).toEqual(planSnapshot(offline));
  });
});
