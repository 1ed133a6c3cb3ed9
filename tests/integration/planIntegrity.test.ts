import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import {
  ErrorCode,
  PROTOCOL_VERSION,
  planDocName,
  type JoinResult,
  type SyncAck,
} from '../../shared/protocol';
import { addFocusArea, listFocusAreas, renameFocusArea } from '../../shared/plan/focusAreas';
import { focusAreasMap, purposeFragment } from '../../shared/plan/planDoc';
import { api, ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';
import { connectClient, rawSocket, type TestClient } from '../support/syncClient';
import type { ClientSocket } from '../../client/sync/SyncConnection';
import { waitFor } from '../support/waitFor';

/**
 * Issue #10, failures 1 and 2, against a real server: an editor's update that would break the
 * plan is refused before it touches the live document, and updates the server cannot apply yet
 * leave nothing behind in memory.
 */

let server: TestServer;
let docName: string;
let planId: string;
let cookie: string;
let bystander: TestClient;
const sockets: ClientSocket[] = [];

beforeEach(async () => {
  server = await startTestServer({ seedDemo: false });
  const owner = await ownerWithPlan(server);
  ({ cookie, planId } = owner);
  docName = planDocName(planId);
  bystander = connectClient(server.url, docName, cookie);
  await bystander.provider.whenSynced();
  addFocusArea(bystander.doc, { title: 'Møteplasser' });
  await bystander.provider.whenSaved();
});

afterEach(async () => {
  sockets.splice(0).forEach((socket) => socket.disconnect());
  bystander.close();
  await server.dispose();
});

type Emitter = { emit(...args: unknown[]): void };

async function joinedSocket(): Promise<ClientSocket> {
  const s = rawSocket(server.url, cookie);
  sockets.push(s);
  await waitFor(() => s.connected, 'raw socket to connect');
  const joined = await new Promise<JoinResult>((resolve) =>
    (s as unknown as Emitter).emit('join', { doc: docName, protocol: PROTOCOL_VERSION }, resolve),
  );
  expect(joined).toMatchObject({ ok: true, access: 'write' });
  return s;
}

function send(s: ClientSocket, update: Uint8Array): Promise<SyncAck> {
  const encoder = encoding.createEncoder();
  syncProtocol.writeUpdate(encoder, update);
  return new Promise((resolve) =>
    (s as unknown as Emitter).emit('sync', docName, encoding.toUint8Array(encoder), resolve),
  );
}

/** A replica of what the bystander has, for crafting what a buggy or hostile editor would send. */
function replica(): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(bystander.doc));
  return doc;
}

/** What `change` adds to a replica, as one update. */
function updateOf(doc: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  change(doc);
  return Y.encodeStateAsUpdate(doc, before);
}

describe('an update that would break the plan is refused, and the plan stays whole', () => {
  it('refuses a focus area that is a string and a title that is a number; exports and new editors are unaffected', async () => {
    const s = await joinedSocket();
    const attacker = replica();
    const areaId = listFocusAreas(attacker)[0]!.id;
    const broken = updateOf(attacker, (doc) => {
      focusAreasMap(doc).set('x', 'string' as unknown as Y.Map<unknown>);
      focusAreasMap(doc).get(areaId)!.set('title', 42);
    });
    const ack = await send(s, broken);
    expect(ack).toMatchObject({ ok: false, code: ErrorCode.InvalidChange });
    if (!ack.ok) expect(ack.message).toMatch(/must be a map|must be text/);

    const junkRoot = updateOf(replica(), (doc) => doc.getMap('junk').set('a', 'b'));
    expect(await send(s, junkRoot)).toMatchObject({ ok: false, code: ErrorCode.InvalidChange });

    // The bystander keeps editing, and saves.
    renameFocusArea(bystander.doc, areaId, 'Møteplasser for alle');
    await bystander.provider.whenSaved();
    expect(focusAreasMap(bystander.doc).has('x')).toBe(false);
    expect(bystander.doc.share.has('junk')).toBe(false);

    const owner = api(server.url, cookie);
    const markdown = await owner(`/api/plans/${planId}/export?format=md`);
    expect(markdown.status).toBe(200);
    expect(await markdown.text()).toContain('Møteplasser for alle');
    expect((await owner(`/api/plans/${planId}/export?format=docx`)).status).toBe(200);

    // Someone who joins now gets the plan without the refused changes.
    const newcomer = connectClient(server.url, docName, cookie);
    try {
      await newcomer.provider.whenSynced();
      expect(listFocusAreas(newcomer.doc).map((area) => area.title.toString())).toEqual([
        'Møteplasser for alle',
      ]);
      expect(newcomer.doc.share.has('junk')).toBe(false);
    } finally {
      newcomer.close();
    }
  });

  it('still accepts what a well-behaved editor sends through the same socket', async () => {
    const s = await joinedSocket();
    const editor = replica();
    const good = updateOf(editor, (doc) => {
      const id = addFocusArea(doc, { title: 'Frivillighet' });
      expect(id).toBeTruthy();
    });
    expect(await send(s, good)).toEqual({ ok: true });
    await waitFor(
      () => listFocusAreas(bystander.doc).some((area) => area.title.toString() === 'Frivillighet'),
      'the edit to reach the bystander',
    );
  });
});

describe('nothing is held for updates the server cannot apply', () => {
  it('refuses a burst of gapped updates before applying them: no pending structs, a small handshake for the next person', async () => {
    const s = await joinedSocket();
    const editor = replica();
    const live = await server.medverk.docs.open(docName);
    try {
      const bytesBefore = Y.encodeStateAsUpdate(live.doc).byteLength;
      for (let i = 0; i < 20; i++) {
        // The first change of each pair never reaches the server: the second builds on it.
        updateOf(editor, (doc) => addFocusArea(doc, { title: `Skjult ${i}` }));
        const gapped = updateOf(editor, (doc) =>
          purposeFragment(doc).insert(0, [new Y.XmlText('x'.repeat(200_000))]),
        );
        const ack = await send(s, gapped);
        expect(ack).toMatchObject({ ok: false, code: ErrorCode.OutOfOrder });
        if (!ack.ok) expect(ack.message).toMatch(/resync/);
      }
      expect(live.doc.store.pendingStructs).toBeNull();
      expect(live.doc.store.pendingDs).toBeNull();
      expect(Y.encodeStateAsUpdate(live.doc).byteLength).toBe(bytesBefore);

      const newcomer = connectClient(server.url, docName, cookie);
      try {
        await newcomer.provider.whenSynced();
        expect(Y.encodeStateAsUpdate(newcomer.doc).byteLength).toBeLessThan(10_000);
        expect(newcomer.connection.connected).toBe(true);
      } finally {
        newcomer.close();
      }
    } finally {
      server.medverk.docs.release(docName);
    }
  });
});
