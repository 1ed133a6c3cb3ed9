import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { ErrorCode, PROTOCOL_VERSION, planDocName, type JoinResult, type Problem } from '../../shared/protocol';
import type { ClientSocket } from '../../client/sync/SyncConnection';
import { PRESENCE_COLOR_PATH, type PresenceColorResponse } from '../../shared/api/presence';
import { derivedPresenceColor } from '../../shared/presence/palette';
import { api, ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';
import { connectClient, rawSocket, type TestClient } from '../support/syncClient';
import { createInvite, joinAsGuest } from '../support/people';
import { waitFor } from '../support/waitFor';

let server: TestServer;
let owner: { cookie: string; planId: string; userId: string };
let docName: string;
let ownerClient: TestClient;
const clients: TestClient[] = [];
const sockets: ClientSocket[] = [];

type Emit = { emit(...args: unknown[]): void };
type Shown = { user?: { name?: string; color?: string; viewer?: boolean }; cursor?: unknown; focusAreaId?: unknown };

beforeEach(async () => {
  server = await startTestServer({ seedDemo: false });
  owner = await ownerWithPlan(server);
  docName = planDocName(owner.planId);
  ownerClient = connect(owner.cookie);
  await ownerClient.provider.whenSynced();
});

afterEach(async () => {
  sockets.splice(0).forEach((s) => s.disconnect());
  clients.splice(0).forEach((client) => client.close());
  await server.dispose();
});

function connect(cookie: string, doc = new Y.Doc()): TestClient {
  const client = connectClient(server.url, docName, cookie, doc);
  clients.push(client);
  return client;
}

async function guest(role: 'editor' | 'observer', name: string): Promise<{ cookie: string; guestId: string }> {
  const { token } = await createInvite(server, owner.cookie, owner.planId, { role, expiresInHours: 24, maxUses: 5 });
  const cookie = await joinAsGuest(server, token, name);
  const me = (await (await api(server.url, cookie)('/api/auth/me')).json()) as { me: { id: string } };
  return { cookie, guestId: me.me.id };
}

/** A socket that speaks the protocol by hand, with the problems the server reports to it. */
async function rawJoined(cookie: string): Promise<{ socket: ClientSocket; problems: Problem[] }> {
  const socket = rawSocket(server.url, cookie);
  sockets.push(socket);
  const problems: Problem[] = [];
  socket.on('problem', (problem) => problems.push(problem));
  await waitFor(() => socket.connected, 'socket to connect');
  const joined = await new Promise<JoinResult>((resolve) =>
    (socket as unknown as Emit).emit('join', { doc: docName, protocol: PROTOCOL_VERSION }, resolve),
  );
  expect(joined).toMatchObject({ ok: true });
  return { socket, problems };
}

function presenceUpdate(entries: { clientId: number; clock: number; state: unknown }[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}

const sendPresence = (socket: ClientSocket, update: Uint8Array) => (socket as unknown as Emit).emit('awareness', docName, update);

/** What the owner's client shows for each client id other than its own. */
function seenByOwner(): Map<number, Shown> {
  const states = new Map(ownerClient.provider.awareness.getStates() as Map<number, Shown>);
  states.delete(ownerClient.doc.clientID);
  return states;
}

async function onServer(clientId: number): Promise<Shown | undefined> {
  const live = await server.medverk.docs.open(docName);
  try {
    return live.awareness.getStates().get(clientId);
  } finally {
    server.medverk.docs.release(docName);
  }
}

describe('presence identity comes from the server', () => {
  it("shows a guest who announces a member's name by the guest's own name and colour", async () => {
    const { cookie, guestId } = await guest('editor', 'Gjest Gunnar');
    const forger = connect(cookie);
    await forger.provider.whenSynced();
    forger.provider.awareness.setLocalState({ user: { name: 'Saksbehandler Kari', color: '#ff00ff' }, focusAreaId: null });

    const shown = await waitFor(() => seenByOwner().get(forger.doc.clientID), "the guest's presence at the owner");
    expect(shown.user).toEqual({ name: 'Gjest Gunnar', color: derivedPresenceColor(`guest:${guestId}`) });
    expect((await onServer(forger.doc.clientID))?.user?.name).toBe('Gjest Gunnar');
  });

  it('lets one connection show up as at most four people, however many ids it sends', async () => {
    const { cookie } = await guest('editor', 'Mengde');
    const { socket, problems } = await rawJoined(cookie);
    for (let message = 0; message < 30; message++) {
      const entries = Array.from({ length: 64 }, (_, i) => ({
        clientId: 10_000 + message * 64 + i,
        clock: 1,
        state: { user: { name: `Falsk ${message}-${i}`, color: '#000000' } },
      }));
      sendPresence(socket, presenceUpdate(entries));
    }
    await waitFor(() => problems.length === 30, 'thirty refusals');
    expect(new Set(problems.map((problem) => problem.code))).toEqual(new Set([ErrorCode.PresenceLimit]));

    // One id a message: the first four are taken, then no more.
    for (let id = 1; id <= 6; id++) sendPresence(socket, presenceUpdate([{ clientId: 20_000 + id, clock: 1, state: { focusAreaId: null } }]));
    await waitFor(() => problems.length === 32, 'two more refusals');
    await waitFor(() => seenByOwner().size === 4, 'four presences at the owner');
    expect([...seenByOwner().values()].every((state) => state.user?.name === 'Mengde')).toBe(true);
    expect(problems.slice(30).map((problem) => problem.code)).toEqual([ErrorCode.PresenceLimit, ErrorCode.PresenceLimit]);
  });

  it("refuses taking over a reconnecting member's client id, and takes the member's own presence back", async () => {
    const member = await guest('editor', 'Medlem Mona');
    const attacker = await guest('editor', 'Angriper Arne');
    const memberDoc = new Y.Doc();
    const before = connect(member.cookie, memberDoc);
    await before.provider.whenSynced();
    before.provider.awareness.setLocalStateField('user', { name: 'Mona', color: '#0b5cad' });
    await waitFor(() => seenByOwner().has(memberDoc.clientID), "the member's presence at the owner");

    // The line drops: no goodbye from the client, the server sees the connection go.
    before.connection.close();
    before.provider.destroy();
    await waitFor(() => !seenByOwner().has(memberDoc.clientID), "the member's presence to go");

    const { socket, problems } = await rawJoined(attacker.cookie);
    sendPresence(socket, presenceUpdate([{ clientId: memberDoc.clientID, clock: 1_000, state: { user: { name: 'Medlem Mona', color: '#0b5cad' } } }]));
    await waitFor(() => problems.length === 1, 'the takeover to be refused');
    expect(problems[0]).toMatchObject({ code: ErrorCode.PresenceTaken, doc: docName });
    expect(await onServer(memberDoc.clientID)).toBeUndefined();

    // The member comes back with the same client id (the same document in the page).
    const after = connect(member.cookie, memberDoc);
    await after.provider.whenSynced();
    after.provider.awareness.setLocalStateField('user', { name: 'Mona', color: '#0b5cad' });
    const shown = await waitFor(() => seenByOwner().get(memberDoc.clientID), "the member's presence back at the owner");
    expect(shown.user?.name).toBe('Medlem Mona');
  });

  it('shows an observer as a viewer, without a caret', async () => {
    const { cookie } = await guest('observer', 'Observatør Olga');
    const observer = connect(cookie);
    await observer.provider.whenSynced();
    observer.provider.awareness.setLocalState({
      user: { name: 'Olga', color: '#0b5cad' },
      focusAreaId: 'fa1',
      cursor: { anchor: { type: null, tname: 'purpose', item: null, assoc: 0 }, head: null },
    });
    const shown = await waitFor(() => seenByOwner().get(observer.doc.clientID), "the observer's presence at the owner");
    expect(shown.user).toMatchObject({ name: 'Observatør Olga', viewer: true });
    expect(shown.cursor).toBeUndefined();
    expect(shown.focusAreaId).toBe('fa1');
  });

  it('shows a chosen colour to the others at once, and only palette colours can be chosen', async () => {
    const { cookie, guestId } = await guest('editor', 'Fargerik Frida');
    const frida = connect(cookie);
    await frida.provider.whenSynced();
    frida.provider.awareness.setLocalStateField('user', { name: 'Frida', color: '#000000' });
    const derived = derivedPresenceColor(`guest:${guestId}`);
    await waitFor(() => seenByOwner().get(frida.doc.clientID)?.user?.color === derived, 'the derived colour at the owner');

    const chosen = derived === '#1e6b34' ? '#a3206a' : '#1e6b34';
    const call = api(server.url, cookie);
    expect((await call(PRESENCE_COLOR_PATH, { method: 'PUT', body: { color: '#ffffff' } })).status).toBe(400);
    expect((await call(PRESENCE_COLOR_PATH, { method: 'PUT', body: { color: 'red' } })).status).toBe(400);
    const saved = await call(PRESENCE_COLOR_PATH, { method: 'PUT', body: { color: chosen } });
    expect(saved.status).toBe(200);
    expect((await saved.json()) as PresenceColorResponse).toEqual({ chosen, color: chosen });

    // Live, without Frida's page doing anything: the owner sees it, and so does Frida's own copy.
    await waitFor(() => seenByOwner().get(frida.doc.clientID)?.user?.color === chosen, 'the chosen colour at the owner');
    await waitFor(
      () => (frida.provider.awareness.getLocalState() as Shown | null)?.user?.color === chosen,
      "the chosen colour in Frida's own presence",
    );
    // Kept with the guest: a new connection shows it too, and the route reads it back.
    expect((await (await call(PRESENCE_COLOR_PATH)).json()) as PresenceColorResponse).toEqual({ chosen, color: chosen });
    const again = connect(cookie);
    await again.provider.whenSynced();
    again.provider.awareness.setLocalStateField('user', { name: 'x', color: '#000000' });
    await waitFor(() => seenByOwner().get(again.doc.clientID)?.user?.color === chosen, 'the chosen colour on a new connection');

    expect((await api(server.url, null)(PRESENCE_COLOR_PATH, { method: 'PUT', body: { color: chosen } })).status).toBe(401);
  });
});
