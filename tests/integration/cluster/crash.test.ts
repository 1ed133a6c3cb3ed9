import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { PROTOCOL_VERSION, planDocName, type JoinResult, type SyncAck } from '../../../shared/protocol';
import { addFocusArea, listFocusAreas } from '../../../shared/plan/focusAreas';
import {
  clusterUnavailable,
  firstAdmin,
  useThreeServers,
  type NodeProcess,
} from '../../support/cluster';
import { connectClient, rawSocket, type TestClient } from '../../support/syncClient';
import { waitFor } from '../../support/waitFor';

const unavailable = await clusterUnavailable('tests/integration/cluster/crash.test.ts');

const clients: TestClient[] = [];
const nodes = useThreeServers(unavailable, () => clients.forEach((client) => client.close()));

const ids = (doc: Y.Doc) => new Set(listFocusAreas(doc).map((area) => area.id));

describe.skipIf(unavailable !== null)(`a server killed mid-storm${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  it('loses no acknowledged edit: its people reconnect to another server and carry on', async () => {
    const [a, b, c] = nodes as [NodeProcess, NodeProcess, NodeProcess];
    const owner = await firstAdmin(a);
    const docName = planDocName(owner.planId);
    const watchB = connectClient(b.url, docName, owner.cookie);
    const watchC = connectClient(c.url, docName, owner.cookie);
    // A real client on A, whose document outlives the server it was connected to.
    const editor = connectClient(a.url, docName, owner.cookie);
    clients.push(watchB, watchC, editor);
    await Promise.all(clients.map((client) => client.provider.whenSynced()));

    // A storm of edits on A, each its own update with its own ack, as in the one-server crash test.
    const socket = rawSocket(a.url, owner.cookie);
    const joined = await new Promise<JoinResult>((resolve) => socket.emit('join', { doc: docName, protocol: PROTOCOL_VERSION }, resolve));
    expect(joined.ok).toBe(true);
    // Every edit from its own Y.Doc (its own client id), so edits never depend on each other: one
    // refused by the rate limit leaves no gap that would park later ones in the server's pending
    // structs (applied, acknowledged, yet not integrated and so never stored).
    const acknowledged: string[] = [];
    const editorMade: string[] = [];
    let sent = 0;
    const storm = (async () => {
      while (socket.connected && sent < 2_000) {
        const local = new Y.Doc();
        let update: Uint8Array = new Uint8Array();
        local.once('update', (u: Uint8Array) => (update = u));
        const id = addFocusArea(local, { title: `Endring ${sent}` });
        sent++;
        const encoder = encoding.createEncoder();
        syncProtocol.writeUpdate(encoder, update);
        void new Promise<SyncAck>((resolve) => socket.emit('sync', docName, encoding.toUint8Array(encoder), resolve)).then(
          (ack) => ack.ok && acknowledged.push(id),
        );
        if (sent % 10 === 0) {
          editorMade.push(addFocusArea(editor.doc, { title: `Fra redaktøren ${sent}` }));
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
    })();
    // Generous waits: the machine may be busy, and three servers share it.
    await waitFor(() => acknowledged.length >= 100, '100 acknowledged edits', 60_000);
    await a.kill();
    await storm;
    socket.disconnect();
    const ackedAtCrash = [...acknowledged];

    // The editor's app reconnects to B with the same document (its unacknowledged edits included).
    editor.close();
    const resumed = connectClient(b.url, docName, owner.cookie, editor.doc);
    clients.push(resumed);
    await resumed.provider.whenSynced();
    editorMade.push(addFocusArea(resumed.doc, { title: 'Etter krasjet' }));
    await resumed.provider.whenSaved();

    const expected = [...ackedAtCrash, ...editorMade];
    for (const [where, watcher] of [['B', watchB], ['C', watchC]] as const) {
      const missing = () => ({
        acked: ackedAtCrash.filter((id) => !ids(watcher.doc).has(id)).length,
        editor: editorMade.filter((id) => !ids(watcher.doc).has(id)).length,
      });
      await waitFor(() => expected.every((id) => ids(watcher.doc).has(id)), `every acknowledged edit on server ${where}`, 60_000).catch(
        (error: unknown) => {
          throw new Error(`${String(error)}; missing ${JSON.stringify(missing())} of ${ackedAtCrash.length} acked, ${editorMade.length} by the editor`);
        },
      );
    }
    // And in storage: a newcomer on C after everyone else has left reads them too.
    const reader = connectClient(c.url, docName, owner.cookie);
    clients.push(reader);
    await reader.provider.whenSynced();
    const present = ids(reader.doc);
    expect(expected.filter((id) => !present.has(id))).toEqual([]);
  }, 180_000);
});
