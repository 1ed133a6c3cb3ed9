import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import {
  ErrorCode,
  Limits,
  PROTOCOL_VERSION,
  planDocName,
  type JoinResult,
  type Problem,
  type SyncAck,
} from '../../shared/protocol';
import { addFocusArea, listFocusAreas } from '../../shared/plan/focusAreas';
import { api, ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';
import { connectClient, rawSocket, stateOf, type TestClient } from '../support/syncClient';
import type { ClientSocket } from '../../client/sync/SyncConnection';
import { waitFor } from '../support/waitFor';
import { createInvite, joinAsGuest } from '../support/people';

let server: TestServer;
let docName: string;
let cookie: string;
let planId: string;
let bystander: TestClient;
const sockets: ClientSocket[] = [];

beforeEach(async () => {
  server = await startTestServer();
  const owner = await ownerWithPlan(server);
  cookie = owner.cookie;
  planId = owner.planId;
  docName = planDocName(owner.planId);
  // A well-behaved person in the same document: every bad client below must leave them be.
  bystander = connectClient(server.url, docName, cookie);
  await bystander.provider.whenSynced();
});

afterEach(async () => {
  sockets.splice(0).forEach((socket) => socket.disconnect());
  bystander.close();
  await server.dispose();
});

async function socket(): Promise<ClientSocket> {
  const s = rawSocket(server.url, cookie);
  sockets.push(s);
  await waitFor(() => s.connected, 'raw socket to connect');
  return s;
}

function join(s: ClientSocket, request: unknown): Promise<JoinResult> {
  return new Promise((resolve) => (s as unknown as { emit(...args: unknown[]): void }).emit('join', request, resolve));
}

function sync(s: ClientSocket, doc: string, message: unknown): Promise<SyncAck> {
  return new Promise((resolve) => (s as unknown as { emit(...args: unknown[]): void }).emit('sync', doc, message, resolve));
}

function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

function someUpdate(): Uint8Array {
  const doc = new Y.Doc();
  addFocusArea(doc, { title: 'Fra en fremmed' });
  return Y.encodeStateAsUpdate(doc);
}

/** The bystander still edits and is saved, and the server's document did not change otherwise. */
async function expectUndisturbed(before: string): Promise<void> {
  expect(stateOf(bystander.doc)).toBe(before);
  addFocusArea(bystander.doc, { title: 'Fortsatt her' });
  await bystander.provider.whenSaved();
  expect(bystander.connection.connected).toBe(true);
  expect(listFocusAreas(bystander.doc).some((a) => a.title.toString() === 'Fra en fremmed')).toBe(false);
}

describe('bad input gets a clear error and disturbs no one', () => {
  it('refuses a client on another protocol version', async () => {
    const before = stateOf(bystander.doc);
    const result = await join(await socket(), { doc: docName, protocol: PROTOCOL_VERSION + 1 });
    expect(result).toMatchObject({ ok: false, code: ErrorCode.ProtocolMismatch });
    await expectUndisturbed(before);
  });

  it('refuses unknown documents and names that are not documents', async () => {
    const s = await socket();
    expect(await join(s, { doc: 'plan:does-not-exist', protocol: PROTOCOL_VERSION })).toMatchObject({
      ok: false,
      code: ErrorCode.UnknownDocument,
    });
    expect(await join(s, { doc: '../../etc/passwd', protocol: PROTOCOL_VERSION })).toMatchObject({
      ok: false,
      code: ErrorCode.UnknownDocument,
    });
    expect(await join(s, 'not an object')).toMatchObject({ ok: false, code: ErrorCode.BadRequest });
  });

  it('refuses sync messages for documents not joined', async () => {
    const s = await socket();
    expect(await sync(s, docName, updateMessage(someUpdate()))).toMatchObject({ ok: false, code: ErrorCode.NotJoined });
  });

  it('refuses malformed binary without touching the document', async () => {
    const before = stateOf(bystander.doc);
    const s = await socket();
    await join(s, { doc: docName, protocol: PROTOCOL_VERSION });
    expect(await sync(s, docName, 'text, not binary')).toMatchObject({ ok: false, code: ErrorCode.MalformedUpdate });
    expect(await sync(s, docName, new Uint8Array([0xff, 0xff, 0xff]))).toMatchObject({
      ok: false,
      code: ErrorCode.MalformedUpdate,
    });
    const garbage = new Uint8Array(64).map((_, i) => (i * 37 + 11) % 256);
    expect(await sync(s, docName, updateMessage(garbage))).toMatchObject({ ok: false, code: ErrorCode.MalformedUpdate });
    expect(await sync(s, docName, new Uint8Array([7, 1, 0]))).toMatchObject({ ok: false, code: ErrorCode.MalformedUpdate });
    await expectUndisturbed(before);
  });

  it('refuses a message over the size limit with a clear error', async () => {
    const before = stateOf(bystander.doc);
    const s = await socket();
    await join(s, { doc: docName, protocol: PROTOCOL_VERSION });
    const huge = new Uint8Array(Limits.maxMessageBytes + 1024);
    expect(await sync(s, docName, huge)).toMatchObject({ ok: false, code: ErrorCode.MessageTooLarge });
    expect(s.connected).toBe(true);
    await expectUndisturbed(before);
  });

  it('rate-limits a flood of updates from one socket: refused ones are not kept, accepted ones are', async () => {
    const s = await socket();
    await join(s, { doc: docName, protocol: PROTOCOL_VERSION });
    // Real edits, each a new focus area from its own replica, so no edit depends on a refused one.
    // Small ones: the message rate is what is under test, not a byte budget.
    const edits = Array.from({ length: Limits.syncBurst * 2 }, (_, i) => {
      const doc = new Y.Doc();
      const id = addFocusArea(doc, { title: `Flom ${i}` });
      return { id, message: updateMessage(Y.encodeStateAsUpdate(doc)) };
    });
    const acks = await Promise.all(edits.map((edit) => sync(s, docName, edit.message)));
    const accepted = edits.filter((_, i) => acks[i]!.ok).map((edit) => edit.id);
    const refused = edits.filter((_, i) => !acks[i]!.ok).map((edit) => edit.id);
    const limited = acks.filter((ack) => !ack.ok && ack.code === ErrorCode.RateLimited);
    expect(limited.length).toBeGreaterThan(0);
    expect(accepted.length).toBeGreaterThan(0);

    const kept = (doc: Y.Doc) => {
      const ids = new Set(listFocusAreas(doc).map((area) => area.id));
      return { accepted: accepted.filter((id) => ids.has(id)).length, refused: refused.filter((id) => ids.has(id)).length };
    };
    const exactly = { accepted: accepted.length, refused: 0 };
    // The bystander gets the accepted edits, and still edits and is saved.
    await waitFor(() => kept(bystander.doc).accepted === accepted.length, 'the accepted edits at the bystander');
    expect(kept(bystander.doc)).toEqual(exactly);
    const own = addFocusArea(bystander.doc, { title: 'Fortsatt her' });
    await bystander.provider.whenSaved();
    expect(bystander.connection.connected).toBe(true);
    // The server's live document, as a newcomer reads it.
    const newcomer = connectClient(server.url, docName, cookie);
    try {
      await newcomer.provider.whenSynced();
      expect(kept(newcomer.doc)).toEqual(exactly);
    } finally {
      newcomer.close();
    }
    // And what is stored.
    const stored = await server.medverk.storage.docs.loadDoc(docName);
    const replica = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(replica, stored.snapshot);
    stored.updates.forEach((update) => Y.applyUpdate(replica, update));
    expect(kept(replica)).toEqual(exactly);
    expect(listFocusAreas(replica).some((area) => area.id === own)).toBe(true);
    // 480 updates through the whole write path take seconds alone, far longer on a busy 2-core machine.
  }, 90_000);

  it('refuses presence that is malformed, oversized or forged', async () => {
    // Someone else: a person may take back their own presence from another of their connections.
    const { token } = await createInvite(server, cookie, planId, { role: 'editor', expiresInHours: 1, maxUses: 1 });
    const s = rawSocket(server.url, await joinAsGuest(server, token, 'Fremmed'));
    sockets.push(s);
    await waitFor(() => s.connected, 'raw socket to connect');
    await join(s, { doc: docName, protocol: PROTOCOL_VERSION });
    const problems: Problem[] = [];
    s.on('problem', (problem) => problems.push(problem));
    (s as unknown as { emit(...args: unknown[]): void }).emit('awareness', docName, new Uint8Array([1, 2, 3]));
    (s as unknown as { emit(...args: unknown[]): void }).emit('awareness', docName, new Uint8Array(Limits.maxAwarenessBytes + 1));
    // Claim the bystander's presence as ours, once the server knows it is theirs.
    bystander.provider.awareness.setLocalStateField('user', { name: 'Kari', color: '#123456' });
    const live = await server.medverk.docs.open(docName);
    await waitFor(() => live.awareness.getStates().has(bystander.doc.clientID), 'bystander presence on the server');
    server.medverk.docs.release(docName);
    const forged = encoding.createEncoder();
    encoding.writeVarUint(forged, 1);
    encoding.writeVarUint(forged, bystander.doc.clientID);
    encoding.writeVarUint(forged, 1_000_000);
    encoding.writeVarString(forged, JSON.stringify({ user: { name: 'Ikke Kari', color: '#ff0000' } }));
    (s as unknown as { emit(...args: unknown[]): void }).emit('awareness', docName, encoding.toUint8Array(forged));
    await waitFor(() => problems.length >= 3, 'three problems reported');
    expect(problems.map((p) => p.code)).toEqual([ErrorCode.MalformedUpdate, ErrorCode.MessageTooLarge, ErrorCode.PresenceTaken]);
  });

  it('caps the documents one connection may hold', async () => {
    const s = await socket();
    const ids: string[] = [];
    for (let i = 0; i < Limits.maxDocsPerConnection + 1; i++) {
      const response = await api(server.url, cookie)('/api/plans', { method: 'POST', body: { title: `Plan ${i}` } });
      ids.push(((await response.json()) as { plan: { id: string } }).plan.id);
    }
    const results = [];
    for (const id of ids) results.push(await join(s, { doc: planDocName(id), protocol: PROTOCOL_VERSION }));
    expect(results.slice(0, Limits.maxDocsPerConnection).every((r) => r.ok)).toBe(true);
    expect(results.at(-1)).toMatchObject({ ok: false, code: ErrorCode.TooManyDocuments });
  });
});
