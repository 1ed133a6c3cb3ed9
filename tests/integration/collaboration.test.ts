import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planDocName } from '../../shared/protocol';
import { addFocusArea, getFocusArea, listFocusAreas, renameFocusArea } from '../../shared/plan/focusAreas';
import { addStrategy, listStrategies } from '../../shared/plan/strategies';
import { writeParagraphs, fragmentToPlainText } from '../../shared/plan/richText';
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

let cookie = '';

/** A fresh plan owned by a logged-in case officer, whose session the clients below share. */
async function createPlan(title: string): Promise<string> {
  const owner = await ownerWithPlan(server!, title);
  cookie = owner.cookie;
  return owner.planId;
}

function open(url: string, doc: string): TestClient {
  const client = connectClient(url, doc, cookie);
  clients.push(client);
  return client;
}

describe('co-authoring a plan through the real server', () => {
  it('three clients editing at once converge to the same document', async () => {
    server = await startTestServer({ seedDemo: false });
    const docName = planDocName(await createPlan('Temaplan'));
    const [a, b, c] = [open(server.url, docName), open(server.url, docName), open(server.url, docName)];
    await Promise.all([a, b, c].map((client) => client.provider.whenSynced()));

    // Everyone edits at once, without waiting for each other.
    const areaA = addFocusArea(a.doc, { title: 'Frivillighet' });
    const areaB = addFocusArea(b.doc, { title: 'Nærdemokrati' });
    const areaC = addFocusArea(c.doc, { title: 'Arenaer' });
    for (let i = 0; i < 20; i++) {
      const strategy = addStrategy(a.doc, areaA);
      const ref = listStrategies(a.doc, areaA).find((s) => s.id === strategy);
      if (ref) writeParagraphs(ref.body, [`Strategi ${i} fra A – æøå`]);
      renameFocusArea(b.doc, areaB, `Nærdemokrati ${i}`);
    }
    await waitFor(
      () => [a, b, c].every((client) => listFocusAreas(client.doc).length === 3 && stateOf(client.doc) === stateOf(a.doc)),
      'all three replicas to converge',
    );
    expect(planSnapshot(b.doc)).toEqual(planSnapshot(a.doc));
    expect(planSnapshot(c.doc)).toEqual(planSnapshot(a.doc));
    expect(listStrategies(c.doc, areaA)).toHaveLength(20);
    // C's focus area, made at the same moment as the others, is on every replica.
    for (const client of [a, b, c]) expect(getFocusArea(client.doc, areaC)?.title.toString()).toBe('Arenaer');
    await Promise.all([a, b, c].map((client) => client.provider.whenSaved()));
  });

  it('a restarted server on the same SQLite file serves the identical document', async () => {
    server = await startTestServer({ seedDemo: false });
    const { dataDir } = server;
    const docName = planDocName(await createPlan('Temaplan'));
    const writer = open(server.url, docName);
    await writer.provider.whenSynced();
    const area = addFocusArea(writer.doc, { title: 'Frivillighet' });
    for (let i = 0; i < 50; i++) addStrategy(writer.doc, area);
    await writer.provider.whenSaved();
    const before = Y.encodeStateAsUpdate(writer.doc);
    clients.splice(0).forEach((client) => client.close());
    await server.stop();

    server = await startTestServer({ dataDir, seedDemo: false });
    const reader = open(server.url, docName);
    await reader.provider.whenSynced();
    const original = new Y.Doc();
    Y.applyUpdate(original, before);
    expect(stateOf(reader.doc)).toBe(stateOf(original));
    expect(planSnapshot(reader.doc)).toEqual(planSnapshot(original));
  });

  it('a client that was offline reconnects and its edits arrive', async () => {
    server = await startTestServer({ seedDemo: false });
    const docName = planDocName(await createPlan('Temaplan'));
    const traveller = open(server.url, docName);
    const watcher = open(server.url, docName);
    await Promise.all([traveller.provider.whenSynced(), watcher.provider.whenSynced()]);

    traveller.connection.socket.disconnect();
    await waitFor(() => traveller.provider.status.state === 'offline', 'the offline status');
    const area = addFocusArea(traveller.doc, { title: 'Skrevet på toget' });
    writeParagraphs(listFocusAreas(traveller.doc)[0]!.body, ['Uten nett, men ikke tapt.']);
    // Meanwhile someone else keeps working online.
    addFocusArea(watcher.doc, { title: 'Skrevet på kontoret' });
    await watcher.provider.whenSaved();
    expect(listFocusAreas(watcher.doc).some((a) => a.id === area)).toBe(false);

    traveller.connection.socket.connect();
    await waitFor(() => listFocusAreas(watcher.doc).some((a) => a.id === area), 'the offline edit to arrive');
    await traveller.provider.whenSaved();
    await waitFor(() => stateOf(watcher.doc) === stateOf(traveller.doc), 'both replicas to converge');
    const arrived = listFocusAreas(watcher.doc).find((a) => a.id === area)!;
    expect(fragmentToPlainText(arrived.body)).toContain('Uten nett');
    expect(listFocusAreas(traveller.doc).map((a) => a.title.toString()).sort()).toEqual([
      'Skrevet på kontoret',
      'Skrevet på toget',
    ]);
  });

  it('shares presence and removes it when a person leaves', async () => {
    server = await startTestServer({ seedDemo: false });
    const docName = planDocName(await createPlan('Temaplan'));
    const kari = open(server.url, docName);
    const ola = open(server.url, docName);
    await Promise.all([kari.provider.whenSynced(), ola.provider.whenSynced()]);
    kari.provider.awareness.setLocalStateField('user', { name: 'Kari', color: '#0062ba' });
    await waitFor(
      // Shown by the session's name, not the one sent (tests/integration/presence.test.ts).
      () => ola.provider.awareness.getStates().has(kari.doc.clientID),
      "Kari's presence at Ola",
    );
    kari.close();
    clients.splice(clients.indexOf(kari), 1);
    await waitFor(() => ola.provider.awareness.getStates().size === 1, "Kari's presence to disappear");
  });
});
