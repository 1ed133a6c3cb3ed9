import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as prng from 'lib0/prng';
import { ErrorCode, planDocName, type Access, type SyncAck } from '../../../shared/protocol';
import { addFocusArea, listFocusAreas } from '../../../shared/plan/focusAreas';
import type { MemberListResponse } from '../../../shared/api/members';
import {
  clusterUnavailable,
  firstAdmin,
  guestCookie,
  inviteToken,
  useThreeServers,
} from '../../support/cluster';
import { connectClient, stateOf, type TestClient } from '../../support/syncClient';
import { WorkshopClient } from '../../support/workshopClient';
import { api } from '../../support/testServer';
import { waitFor } from '../../support/waitFor';
import { seededGenerator, testSeed } from '../../support/seed';

const unavailable = await clusterUnavailable('tests/integration/cluster/coEditing.test.ts');

const seed = testSeed(20_261_205);

let owner: { cookie: string; planId: string };
const clients: TestClient[] = [];
const sockets: WorkshopClient[] = [];
const nodes = useThreeServers(unavailable, () => {
  clients.forEach((client) => client.close());
  sockets.forEach((socket) => socket.close());
});

beforeAll(async () => {
  if (unavailable) return;
  owner = await firstAdmin(nodes[0]!);
});

describe.skipIf(unavailable !== null)(`three servers on one Redis and one PostgreSQL${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  it(`let people on different servers co-edit one plan and converge (seed ${seed})`, async () => {
    const docName = planDocName(owner.planId);
    const token = await inviteToken(nodes[0]!.url, owner.cookie, owner.planId, 'editor');
    const people = await Promise.all(nodes.map((node, i) => guestCookie(node.url, token, `Redaktør ${i}`)));
    for (const [i, cookie] of people.entries()) clients.push(connectClient(nodes[i % 3]!.url, docName, cookie));
    clients.push(connectClient(nodes[2]!.url, docName, owner.cookie));
    await Promise.all(clients.map((client) => client.provider.whenSynced()));

    // Each person adds a seeded number of focus areas, interleaved across the servers.
    const gen = seededGenerator(seed, 'tests/integration/cluster/coEditing.test.ts');
    const added: string[] = [];
    for (let round = 0; round < 20; round++) {
      for (const client of clients) {
        if (prng.real53(gen) < 0.7) added.push(addFocusArea(client.doc, { title: `Innsats ${round}-${added.length}` }));
      }
      if (round % 5 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(clients.map((client) => client.provider.whenSaved()));
    await waitFor(
      () => clients.every((client) => stateOf(client.doc) === stateOf(clients[0]!.doc)),
      `every client to converge (seed ${seed})`,
    );
    for (const client of clients) {
      expect(new Set(listFocusAreas(client.doc).map((area) => area.id))).toEqual(
        new Set([...listFocusAreas(clients[0]!.doc).map((area) => area.id)]),
      );
    }
    const ids = new Set(listFocusAreas(clients[0]!.doc).map((area) => area.id));
    expect(added.filter((id) => !ids.has(id))).toEqual([]);

    // A newcomer on any server reads the same plan.
    const late = connectClient(nodes[1]!.url, docName, owner.cookie);
    clients.push(late);
    await late.provider.whenSynced();
    await waitFor(() => added.every((id) => listFocusAreas(late.doc).some((area) => area.id === id)), 'the newcomer to see every edit');
  });

  it('shows who is present to people on other servers, and removes them when they leave', async () => {
    const docName = planDocName(owner.planId);
    const kari = connectClient(nodes[0]!.url, docName, owner.cookie);
    const ola = connectClient(nodes[2]!.url, docName, owner.cookie);
    clients.push(ola);
    await Promise.all([kari.provider.whenSynced(), ola.provider.whenSynced()]);
    kari.provider.awareness.setLocalStateField('user', { name: 'Kari', color: '#0062ba' });
    // Shown by the session's name (the server's), so found by client id.
    const seesKari = () => ola.provider.awareness.getStates().has(kari.doc.clientID);
    await waitFor(seesKari, "Kari's presence on the other server");
    kari.close();
    await waitFor(() => !seesKari(), "Kari's presence to disappear on the other server");
  });

  it('turns a socket on one server read-only when the role is changed on another', async () => {
    const docName = planDocName(owner.planId);
    const token = await inviteToken(nodes[0]!.url, owner.cookie, owner.planId, 'editor', 1);
    const cookie = await guestCookie(nodes[0]!.url, token, 'Skal bli observatør');
    const socket = await WorkshopClient.connect(nodes[1]!.url, cookie, docName);
    sockets.push(socket);
    const changes: (Access | null)[] = [];
    socket.socket.on('access', (doc, access) => doc === docName && changes.push(access));
    expect(await socket.join()).toEqual({ ok: true, access: 'write' });

    const members = (await (await api(nodes[0]!.url, owner.cookie)(`/api/plans/${owner.planId}/members`)).json()) as MemberListResponse;
    const principal = members.members.find((member) => member.name === 'Skal bli observatør')!.principal;
    const patched = await api(nodes[0]!.url, owner.cookie)(`/api/plans/${owner.planId}/members/${encodeURIComponent(principal)}`, {
      method: 'PATCH',
      body: { role: 'observer' },
    });
    expect(patched.status).toBe(204);

    await waitFor(() => changes.includes('read'), 'the socket on the other server to become read-only');
    const edit = new Y.Doc();
    let update: Uint8Array = new Uint8Array();
    edit.once('update', (u: Uint8Array) => (update = u));
    addFocusArea(edit, { title: 'Skal avvises' });
    const encoder = encoding.createEncoder();
    syncProtocol.writeUpdate(encoder, update);
    const ack: SyncAck = await socket.sync(encoding.toUint8Array(encoder));
    expect(ack).toMatchObject({ ok: false, code: ErrorCode.ReadOnly });
  });
});
