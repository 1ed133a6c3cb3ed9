import { describe, it, expect, vi } from 'vitest';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness';
import { ErrorCode, Limits, PROTOCOL_VERSION, type Access } from '../../shared/protocol';
import type { AccessDecision, AccessPolicy } from '../auth/access';
import { parseDocName } from '../../shared/protocol';
import { DocStore } from '../docs/DocStore';
import { InstrumentedStorage } from '../testing/InstrumentedStorage';
import {
  FakeHub,
  awarenessUpdate,
  readSyncFrame,
  syncFrame,
  syncStep1,
  updateMessage,
  type FakePeer,
} from '../testing/fakePeers';
import { useTestEnv } from '../testing/testEnv';
import { nextTurn, track, waitFor } from '../testing/waitFor';
import { decodeAwarenessUpdate } from './awarenessUpdate';
import { PeerSession, type SessionDeps } from './PeerSession';
import { Rooms } from './Rooms';
import type { Identity } from '../auth/identity';
import { derivedPresenceColor } from '../../shared/presence/palette';

type Decide = (doc: string) => AccessDecision | Promise<AccessDecision>;

/** A signed-in person named after their id ('kari' is Kari). */
function userIdentity(id: string): Identity {
  const name = id.charAt(0).toUpperCase() + id.slice(1);
  return {
    kind: 'user',
    user: { id, email: `${id}@example.no`, name, passwordHash: null, isAdmin: false, createdAt: 0 },
    sessionHash: `session-${id}`,
  };
}

/** The presence others see of the person with this user id: the server's name and colour. */
function shownAs(id: string, rest: Record<string, unknown> = {}): Record<string, unknown> {
  const name = id.charAt(0).toUpperCase() + id.slice(1);
  return { ...rest, user: { name, color: derivedPresenceColor(`user:${id}`) } };
}

function stateVector(doc: Y.Doc): number[] {
  return [...Y.encodeStateVector(doc)];
}

/** An update to a client's copy of a doc: the change a person types. */
function clientEdit(value: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, value);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

describe('PeerSession and DocRoom', () => {
  const env = useTestEnv();

  function setup(options: { decide?: Decide; now?: () => number } = {}) {
    const sqlite = env().sqlite();
    const storage = new InstrumentedStorage(sqlite.docs);
    const store = new DocStore(storage, {
      unloadDelayMs: 10,
      compactAfterUpdates: 1_000,
      compactAfterBytes: 1024 * 1024,
      maxConcurrentLoads: 4,
    });
    env().defer(async () => {
      storage.hold.append = false;
      storage.releaseAll('append');
      await store.close();
    });
    const hub = new FakeHub();
    const rooms = new Rooms(store, hub);
    const errors: string[] = [];
    const decide = options.decide;
    const access: AccessPolicy = decide
      ? { decide: (_identity, doc) => Promise.resolve(decide(doc)) }
      : {
          // Anyone may write any existing plan: roles are tested in the access policy's own tests.
          async decide(_identity, doc) {
            const parsed = parseDocName(doc);
            if (!parsed || parsed.kind !== 'plan') return 'unknown';
            return (await sqlite.plans.getPlan(parsed.id)) ? 'write' : 'unknown';
          },
        };
    const deps: SessionDeps = {
      rooms,
      access,
      whenDurable: () => store.whenDurable(),
      onError: (_error, context) => errors.push(context),
      ...(options.now ? { now: options.now } : {}),
    };

    /** A connection of a person whose user id is `person` (by default one person per connection). */
    function connect(id: string, person = id): { peer: FakePeer; session: PeerSession } {
      const peer = hub.peer(id);
      const session = new PeerSession(peer, userIdentity(person), deps);
      env().defer(() => session.close());
      return { peer, session };
    }

    async function plan(id: string, content = ''): Promise<string> {
      const doc = new Y.Doc();
      if (content) doc.getText('t').insert(0, content);
      const name = `plan:${id}`;
      await sqlite.plans.createPlan(
        { id, title: id, municipality: 'Oslo', createdAt: 1, updatedAt: 1 },
        name,
        Y.encodeStateAsUpdate(doc),
      );
      doc.destroy();
      return name;
    }

    /** The server's live copy (holds a reference for the rest of the test). */
    async function serverDoc(name: string): Promise<Y.Doc> {
      const live = await store.open(name);
      env().defer(() => store.release(name));
      return live.doc;
    }

    return { sqlite, storage, store, hub, rooms, errors, connect, plan, serverDoc };
  }

  async function joined(
    session: PeerSession,
    doc: string,
    access: Access = 'write',
  ): Promise<void> {
    expect(await session.join({ doc, protocol: PROTOCOL_VERSION })).toEqual({ ok: true, access });
  }

  describe('join', () => {
    it('refuses another protocol version', async () => {
      const { connect, plan, store } = setup();
      const doc = await plan('p');
      const { session } = connect('a');
      expect(await session.join({ doc, protocol: PROTOCOL_VERSION + 1 })).toMatchObject({
        ok: false,
        code: ErrorCode.ProtocolMismatch,
      });
      expect(store.size).toBe(0);
    });

    it('refuses unknown document names and documents that do not exist', async () => {
      const { connect, store } = setup();
      const { session } = connect('a');
      for (const doc of [
        'nonsense',
        'plan:',
        'plan:../../etc',
        'plan:missing',
        'workshop:w1',
        'x'.repeat(200),
      ]) {
        expect(await session.join({ doc, protocol: PROTOCOL_VERSION }), doc).toMatchObject({
          ok: false,
          code: ErrorCode.UnknownDocument,
        });
      }
      expect(store.size).toBe(0);
    });

    it('refuses requests of the wrong shape', async () => {
      const { connect, plan } = setup();
      const doc = await plan('p');
      const { session } = connect('a');
      for (const request of [
        null,
        'plan:p',
        { doc },
        { doc, protocol: '1' },
        { doc, protocol: 1.5 },
        { doc, protocol: PROTOCOL_VERSION, watchOnly: 'yes' },
      ]) {
        expect(await session.join(request), JSON.stringify(request)).toMatchObject({
          ok: false,
          code: ErrorCode.BadRequest,
        });
      }
    });

    it('refuses a document the identity may not open', async () => {
      const { connect, store } = setup({ decide: () => 'none' });
      const { session, peer } = connect('a');
      expect(await session.join({ doc: 'plan:secret', protocol: PROTOCOL_VERSION })).toMatchObject({
        ok: false,
        code: ErrorCode.Forbidden,
      });
      expect(store.size).toBe(0);
      expect(peer.subscriptions.size).toBe(0);
    });

    it('joins a room, and joining twice holds one reference', async () => {
      const { connect, plan, rooms, store } = setup();
      const doc = await plan('p');
      const { session, peer } = connect('a');
      await joined(session, doc);
      await joined(session, doc);
      expect(peer.subscriptions).toEqual(new Set([doc]));
      expect(rooms.size).toBe(1);
      session.leave(doc);
      expect(peer.subscriptions.size).toBe(0);
      expect(rooms.size).toBe(0);
      await waitFor(() => store.size === 0, 'the doc to unload after one leave');
    });

    it('answers a second join of a document still being joined once the first is done: one membership', async () => {
      const { connect, plan } = setup();
      const doc = await plan('p');
      const { session, peer } = connect('a');
      const [first, second] = await Promise.all([
        session.join({ doc, protocol: PROTOCOL_VERSION }),
        session.join({ doc, protocol: PROTOCOL_VERSION }),
      ]);
      expect(first).toEqual({ ok: true, access: 'write' });
      expect(second).toEqual({ ok: true, access: 'write' });
      expect(session.joinedDocs()).toEqual([doc]);
      expect(peer.subscriptions).toEqual(new Set([doc]));
    });

    it('a leave while the join is under way takes effect when it is done; a join after it joins again', async () => {
      const { connect, plan, rooms } = setup();
      const doc = await plan('p');
      const { session, peer } = connect('a');
      // A page that opened and closed the document before the answer, then opened it again.
      const first = session.join({ doc, protocol: PROTOCOL_VERSION });
      session.leave(doc);
      const second = session.join({ doc, protocol: PROTOCOL_VERSION });
      expect(await first).toEqual({ ok: true, access: 'write' });
      expect(await second).toEqual({ ok: true, access: 'write' });
      expect(session.joinedDocs()).toEqual([doc]);
      expect(rooms.size).toBe(1);
      expect(peer.subscriptions).toEqual(new Set([doc]));
      // Without the second join, the leave leaves nothing behind.
      session.leave(doc);
      const third = session.join({ doc, protocol: PROTOCOL_VERSION });
      session.leave(doc);
      expect(await third).toEqual({ ok: true, access: 'write' });
      expect(session.joinedDocs()).toEqual([]);
      expect(peer.subscriptions.size).toBe(0);
    });

    it(`holds at most Limits.maxDocsPerConnection (${Limits.maxDocsPerConnection}) documents`, async () => {
      const { connect, plan } = setup();
      const docs: string[] = [];
      for (let i = 0; i <= Limits.maxDocsPerConnection; i++) docs.push(await plan(`p${i}`));
      const extra = docs.pop() ?? '';
      const { session } = connect('a');
      for (const doc of docs) await joined(session, doc);
      expect(await session.join({ doc: extra, protocol: PROTOCOL_VERSION })).toMatchObject({
        ok: false,
        code: ErrorCode.TooManyDocuments,
      });
      // Re-joining a held document is not a new one.
      await joined(session, docs[0] ?? '');
      session.leave(docs[0]);
      await joined(session, extra);
    });

    it('counts joins in progress towards the limit', async () => {
      const { connect, plan } = setup();
      const docs: string[] = [];
      for (let i = 0; i <= Limits.maxDocsPerConnection; i++) docs.push(await plan(`p${i}`));
      const { session } = connect('a');
      const results = await Promise.all(
        docs.map((doc) => session.join({ doc, protocol: PROTOCOL_VERSION })),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(Limits.maxDocsPerConnection);
      expect(results.at(-1)).toMatchObject({ ok: false, code: ErrorCode.TooManyDocuments });
    });

    it('reports a storage failure while loading and leaves nothing behind', async () => {
      const { connect, plan, storage, store, rooms, errors } = setup();
      const doc = await plan('p');
      const { session, peer } = connect('a');
      storage.failNext.load = 1;
      expect(await session.join({ doc, protocol: PROTOCOL_VERSION })).toMatchObject({
        ok: false,
        code: ErrorCode.StorageFailed,
      });
      expect(errors).toEqual([`loading ${doc}`]);
      expect(store.size).toBe(0);
      expect(rooms.size).toBe(0);
      expect(peer.subscriptions.size).toBe(0);
      await joined(session, doc);
    });

    it('a join that finishes after the session closed is undone', async () => {
      let allow!: () => void;
      const gate = new Promise<void>((resolve) => (allow = resolve));
      const { connect, plan, rooms, store } = setup({
        decide: () => gate.then(() => 'write' as const),
      });
      const doc = await plan('p');
      const { session, peer } = connect('a');
      const joining = session.join({ doc, protocol: PROTOCOL_VERSION });
      session.close();
      allow();
      expect(await joining).toMatchObject({ ok: false });
      expect(rooms.size).toBe(0);
      expect(peer.subscriptions.size).toBe(0);
      await waitFor(() => store.size === 0, 'the doc to unload');
    });
  });

  describe('sync', () => {
    it('refuses sync and awareness before join (and after leave)', async () => {
      const { connect, plan } = setup();
      const doc = await plan('p');
      const { session } = connect('a');
      const client = new Y.Doc();
      expect(await session.sync(doc, syncStep1(client))).toMatchObject({
        ok: false,
        code: ErrorCode.NotJoined,
      });
      expect(await session.sync(42, syncStep1(client))).toMatchObject({
        ok: false,
        code: ErrorCode.NotJoined,
      });
      expect(session.awareness(doc, awarenessUpdate([]))).toMatchObject({
        code: ErrorCode.NotJoined,
      });
      await joined(session, doc);
      session.leave(doc);
      expect(await session.sync(doc, syncStep1(client))).toMatchObject({
        ok: false,
        code: ErrorCode.NotJoined,
      });
      client.destroy();
    });

    it("answers step 1 with step 2 and the server's own step 1, and takes the client's step 2", async () => {
      const { connect, plan, serverDoc } = setup();
      const doc = await plan('p', 'hello');
      const { session, peer } = connect('a');
      await joined(session, doc);
      const client = new Y.Doc();
      client.getText('t').insert(0, 'offline ');

      expect(await session.sync(doc, syncStep1(client))).toEqual({ ok: true });
      const replies = peer.payloads('sync', doc, 'send').map(readSyncFrame);
      expect(replies.map((r) => r.type)).toEqual([
        syncProtocol.messageYjsSyncStep2,
        syncProtocol.messageYjsSyncStep1,
      ]);
      const [step2, step1] = replies;
      Y.applyUpdate(client, step2?.payload ?? new Uint8Array());
      expect(client.getText('t').toJSON()).toContain('hello');
      const server = await serverDoc(doc);
      expect([...(step1?.payload ?? [])]).toEqual(stateVector(server));

      // The client answers the server's step 1 with what the server is missing.
      const missing = Y.encodeStateAsUpdate(client, step1?.payload);
      expect(await session.sync(doc, syncFrame(syncProtocol.messageYjsSyncStep2, missing))).toEqual(
        { ok: true },
      );
      expect(server.getText('t').toJSON()).toBe(client.getText('t').toJSON());
      client.destroy();
    });

    it('refuses, unapplied, a change that builds on one the server never got, and takes it once the gap is filled', async () => {
      const { connect, plan, serverDoc, sqlite } = setup();
      const doc = await plan('p');
      const { session } = connect('a');
      await joined(session, doc);
      const client = new Y.Doc();
      const edits: Uint8Array[] = [];
      client.on('update', (update: Uint8Array) => edits.push(update));
      client.getText('t').insert(0, 'first ');
      client.getText('t').insert(6, 'second');
      const [first, second] = edits as [Uint8Array, Uint8Array];

      // The first edit never arrives (refused or lost): the second cannot be integrated or stored.
      expect(await session.sync(doc, updateMessage(second))).toMatchObject({
        ok: false,
        code: ErrorCode.OutOfOrder,
      });
      const server = await serverDoc(doc);
      expect(server.getText('t').toJSON()).toBe('');
      // Nothing of it is parked in the live document either (Yjs' pending structs).
      expect(server.store.pendingStructs).toBeNull();
      expect(server.store.pendingDs).toBeNull();

      // The client's resync sends what is missing, then the change again; both are stored and acknowledged.
      expect(await session.sync(doc, updateMessage(first))).toEqual({ ok: true });
      expect(server.getText('t').toJSON()).toBe('first ');
      expect(await session.sync(doc, updateMessage(second))).toEqual({ ok: true });
      expect(server.getText('t').toJSON()).toBe('first second');
      const stored = await sqlite.docs.loadDoc(doc);
      const reloaded = new Y.Doc();
      for (const part of [stored.snapshot, ...stored.updates]) if (part) Y.applyUpdate(reloaded, part);
      expect(reloaded.getText('t').toJSON()).toBe('first second');
      reloaded.destroy();
      client.destroy();
    });

    it('broadcasts an update to the rest of the room, not back to its sender nor to other rooms', async () => {
      const { connect, plan, serverDoc } = setup();
      const doc = await plan('p');
      const other = await plan('q');
      const a = connect('a');
      const b = connect('b');
      const c = connect('c');
      const d = connect('d');
      await joined(a.session, doc);
      await joined(b.session, doc);
      await joined(c.session, doc);
      await joined(d.session, other);

      const update = clientEdit('from a');
      expect(await a.session.sync(doc, updateMessage(update))).toEqual({ ok: true });

      expect(a.peer.payloads('sync', doc)).toEqual([]);
      expect(d.peer.inbox).toEqual([]);
      for (const { peer } of [b, c]) {
        const messages = peer.payloads('sync', doc, 'broadcast').map(readSyncFrame);
        expect(messages.map((m) => m.type)).toEqual([syncProtocol.messageYjsUpdate]);
        const copy = new Y.Doc();
        Y.applyUpdate(copy, messages[0]?.payload ?? new Uint8Array());
        expect(copy.getText('t').toJSON()).toBe('from a');
        copy.destroy();
      }
      expect((await serverDoc(doc)).getText('t').toJSON()).toBe('from a');
    });

    it('acknowledges an update only once it is committed to storage', async () => {
      const { connect, plan, storage, sqlite } = setup();
      const doc = await plan('p');
      const { session } = connect('a');
      await joined(session, doc);
      storage.hold.append = true;
      const ack = session.sync(doc, updateMessage(clientEdit('durable')));
      const state = track(ack);
      await waitFor(() => storage.held.append.length === 1, 'the append to start');
      await nextTurn();
      expect(state.settled()).toBe(false);
      expect((await sqlite.docs.loadDoc(doc)).updates).toEqual([]);
      storage.releaseAll('append');
      expect(await ack).toEqual({ ok: true });
      expect((await sqlite.docs.loadDoc(doc)).updates).toHaveLength(1);
    });

    it('refuses updates from a read-only connection and leaves the doc unchanged', async () => {
      const { connect, plan, serverDoc, storage } = setup({
        decide: (doc) => (doc === 'plan:p' ? 'read' : 'write'),
      });
      const doc = await plan('p', 'original');
      const reader = connect('reader');
      const other = connect('other');
      await joined(reader.session, doc, 'read');
      await joined(other.session, doc, 'read');
      const server = await serverDoc(doc);
      const before = stateVector(server);

      const update = clientEdit('vandalism');
      expect(await reader.session.sync(doc, updateMessage(update))).toMatchObject({
        ok: false,
        code: ErrorCode.ReadOnly,
      });
      expect(
        await reader.session.sync(doc, syncFrame(syncProtocol.messageYjsSyncStep2, update)),
      ).toMatchObject({ ok: false, code: ErrorCode.ReadOnly });
      expect(stateVector(server)).toEqual(before);
      expect(server.getText('t').toJSON()).toBe('original');
      expect(other.peer.inbox).toEqual([]);
      expect(storage.appendCalls).toEqual([]);

      // Reading still works.
      const client = new Y.Doc();
      expect(await reader.session.sync(doc, syncStep1(client))).toEqual({ ok: true });
      client.destroy();
    });

    it('refuses malformed messages and leaves the doc unchanged', async () => {
      const { connect, plan, serverDoc, storage } = setup();
      const doc = await plan('p', 'original');
      const a = connect('a');
      const b = connect('b');
      await joined(a.session, doc);
      await joined(b.session, doc);
      const server = await serverDoc(doc);
      const before = stateVector(server);

      const malformed = [
        new Uint8Array([]),
        new Uint8Array([0xff]),
        syncFrame(syncProtocol.messageYjsUpdate, new Uint8Array([1, 2, 3, 4, 5])),
        syncFrame(syncProtocol.messageYjsSyncStep2, new Uint8Array([0xff, 0xff, 0xff])),
        syncFrame(syncProtocol.messageYjsSyncStep1, new Uint8Array([5])),
        syncFrame(7, clientEdit('unknown type')),
      ];
      for (const message of malformed) {
        expect(await a.session.sync(doc, message), `[${[...message].join(',')}]`).toMatchObject({
          ok: false,
          code: ErrorCode.MalformedUpdate,
        });
      }
      expect(stateVector(server)).toEqual(before);
      expect(server.getText('t').toJSON()).toBe('original');
      expect(a.peer.inbox).toEqual([]);
      expect(b.peer.inbox).toEqual([]);
      expect(storage.appendCalls).toEqual([]);
    });

    it(`refuses a message over Limits.maxMessageBytes`, async () => {
      const { connect, plan } = setup();
      const doc = await plan('p');
      const { session } = connect('a');
      await joined(session, doc);
      expect(await session.sync(doc, new Uint8Array(Limits.maxMessageBytes + 1))).toMatchObject({
        ok: false,
        code: ErrorCode.MessageTooLarge,
      });
    });

    it('rate-limits sync messages per connection (injected clock)', async () => {
      let now = 0;
      const { connect, plan } = setup({ now: () => now });
      const doc = await plan('p');
      const { session } = connect('a');
      await joined(session, doc);
      const client = new Y.Doc();
      const step1 = syncStep1(client);
      for (let i = 0; i < Limits.syncBurst; i++)
        expect(await session.sync(doc, step1)).toEqual({ ok: true });
      expect(await session.sync(doc, step1)).toMatchObject({
        ok: false,
        code: ErrorCode.RateLimited,
      });
      now += 1_000 / Limits.syncPerSecond;
      expect(await session.sync(doc, step1)).toEqual({ ok: true });
      expect(await session.sync(doc, step1)).toMatchObject({
        ok: false,
        code: ErrorCode.RateLimited,
      });
      client.destroy();
    });
  });

  describe('awareness', () => {
    // What clients send; the server shows each as the person behind the connection.
    const kari = { user: { name: 'Kari', color: '#ff0000' } };
    const ola = { user: { name: 'Ola', color: '#00ff00' } };
    const kariShown = shownAs('kari');
    const olaShown = shownAs('ola');

    it('relays presence to the rest of the room and shows it to people who join later', async () => {
      const { connect, plan, serverDoc, store } = setup();
      const doc = await plan('p');
      const a = connect('a', 'kari');
      const b = connect('b', 'ola');
      await joined(a.session, doc);
      await joined(b.session, doc);

      expect(
        a.session.awareness(doc, awarenessUpdate([{ clientId: 1001, clock: 1, state: kari }])),
      ).toBeNull();
      expect(a.peer.payloads('awareness', doc)).toEqual([]);
      const relayed = b.peer.payloads('awareness', doc, 'broadcast').map(decodeAwarenessUpdate);
      expect(relayed).toEqual([[{ clientId: 1001, clock: 1, state: kariShown }]]);

      const c = connect('c', 'per');
      await joined(c.session, doc);
      const shown = c.peer.payloads('awareness', doc, 'send').map(decodeAwarenessUpdate);
      expect(shown).toEqual([[{ clientId: 1001, clock: 1, state: kariShown }]]);
      await serverDoc(doc);
      expect((await store.open(doc)).awareness.getStates().get(1001)).toEqual(kariShown);
      store.release(doc);
    });

    it("refuses presence that claims another person's client id", async () => {
      const { connect, plan, store } = setup();
      const doc = await plan('p');
      const a = connect('a', 'kari');
      const b = connect('b', 'ola');
      await joined(a.session, doc);
      await joined(b.session, doc);
      expect(
        a.session.awareness(doc, awarenessUpdate([{ clientId: 1001, clock: 1, state: kari }])),
      ).toBeNull();
      a.peer.clear();

      const forgeries = [
        awarenessUpdate([{ clientId: 1001, clock: 5, state: ola }]),
        awarenessUpdate([{ clientId: 1001, clock: 5, state: null }]),
        awarenessUpdate([
          { clientId: 2002, clock: 1, state: ola },
          { clientId: 1001, clock: 5, state: ola },
        ]),
      ];
      for (const forgery of forgeries) {
        expect(b.session.awareness(doc, forgery)).toMatchObject({ code: ErrorCode.PresenceTaken, doc });
      }
      const live = await store.open(doc);
      expect(live.awareness.getStates().get(1001)).toEqual(kariShown);
      expect(live.awareness.getStates().has(2002)).toBe(false);
      expect(a.peer.inbox).toEqual([]);
      store.release(doc);

      // Its own presence is fine.
      expect(
        b.session.awareness(doc, awarenessUpdate([{ clientId: 2002, clock: 1, state: ola }])),
      ).toBeNull();
    });

    it('refuses malformed, oversized and too frequent presence updates', async () => {
      let now = 0;
      const { connect, plan } = setup({ now: () => now });
      const doc = await plan('p');
      const { session } = connect('a');
      await joined(session, doc);
      expect(session.awareness(doc, new Uint8Array([0xff, 0xff]))).toMatchObject({
        code: ErrorCode.MalformedUpdate,
      });
      expect(
        session.awareness(
          doc,
          awarenessUpdate([
            { clientId: 1, clock: 1, state: { user: { name: 'x', color: 'red' } } },
          ]),
        ),
      ).toMatchObject({ code: ErrorCode.MalformedUpdate });
      expect(session.awareness(doc, new Uint8Array(Limits.maxAwarenessBytes + 1))).toMatchObject({
        code: ErrorCode.MessageTooLarge,
      });
      // Two refusals above already took tokens; spend the rest of the burst.
      let accepted = 0;
      for (let clock = 1; ; clock++) {
        const problem = session.awareness(
          doc,
          awarenessUpdate([{ clientId: 1, clock, state: kari }]),
        );
        if (problem) {
          expect(problem).toMatchObject({ code: ErrorCode.RateLimited });
          break;
        }
        accepted++;
      }
      expect(accepted).toBe(Limits.awarenessBurst - 2);
      now += 1_000 / Limits.awarenessPerSecond;
      expect(
        session.awareness(doc, awarenessUpdate([{ clientId: 1, clock: 1_000, state: kari }])),
      ).toBeNull();
    });

    it("removes a person's presence when they leave, and tells the room", async () => {
      const { connect, plan, store, rooms } = setup();
      const doc = await plan('p');
      const a = connect('a', 'kari');
      const b = connect('b', 'ola');
      await joined(a.session, doc);
      await joined(b.session, doc);
      expect(
        a.session.awareness(doc, awarenessUpdate([{ clientId: 1001, clock: 1, state: kari }])),
      ).toBeNull();
      expect(
        b.session.awareness(doc, awarenessUpdate([{ clientId: 2002, clock: 1, state: ola }])),
      ).toBeNull();
      b.peer.clear();
      a.peer.clear();

      a.session.leave(doc);
      const live = await store.open(doc);
      expect(live.awareness.getStates().has(1001)).toBe(false);
      expect(live.awareness.getStates().get(2002)).toEqual(olaShown);
      const removals = b.peer.payloads('awareness', doc, 'broadcast');
      expect(removals.map(decodeAwarenessUpdate)).toEqual([
        [{ clientId: 1001, clock: 1, state: null }],
      ]);
      // A client that knew Kari's presence drops it on receiving the removal.
      const clientDoc = new Y.Doc();
      const clientAwareness = new Awareness(clientDoc);
      applyAwarenessUpdate(
        clientAwareness,
        awarenessUpdate([{ clientId: 1001, clock: 1, state: kari }]),
        'server',
      );
      expect(clientAwareness.getStates().has(1001)).toBe(true);
      applyAwarenessUpdate(clientAwareness, removals[0] ?? new Uint8Array(), 'server');
      expect(clientAwareness.getStates().has(1001)).toBe(false);
      clientAwareness.destroy();
      clientDoc.destroy();
      expect(a.peer.inbox).toEqual([]);
      expect(a.peer.subscriptions.size).toBe(0);
      expect(rooms.size).toBe(1);
      store.release(doc);
    });
  });

  describe('close', () => {
    it('leaves every room and releases every document', async () => {
      const { connect, plan, store, rooms } = setup();
      const docs = [await plan('p1'), await plan('p2'), await plan('p3')];
      const a = connect('a');
      const b = connect('b');
      for (const doc of docs) await joined(a.session, doc);
      await joined(b.session, docs[0] ?? '');
      expect(
        a.session.awareness(docs[0], awarenessUpdate([{ clientId: 1001, clock: 1, state: null }])),
      ).toBeNull();
      expect(store.size).toBe(3);

      a.session.close();
      expect(a.peer.subscriptions.size).toBe(0);
      expect(rooms.size).toBe(1);
      await waitFor(() => store.size === 1, 'the docs only a held to unload');
      expect(store.isLoaded(docs[0] ?? '')).toBe(true);

      b.session.close();
      expect(rooms.size).toBe(0);
      await waitFor(() => store.size === 0, 'every doc to unload');
      expect(await a.session.sync(docs[1], new Uint8Array([0]))).toMatchObject({
        code: ErrorCode.NotJoined,
      });
    });
  });

  describe('DocRoom', () => {
    it('relays one update to the others only, and the updates of one turn as one merge to everyone', async () => {
      const { connect, plan } = setup();
      const doc = await plan('p');
      const [a, b, c] = [connect('a'), connect('b'), connect('c')];
      for (const x of [a, b, c]) await joined(x.session, doc);
      const broadcasts = (x: { peer: FakePeer }) => x.peer.payloads('sync', doc, 'broadcast').map((m) => readSyncFrame(m).payload);

      expect(await a.session.sync(doc, updateMessage(clientEdit('alone')))).toEqual({ ok: true });
      expect(broadcasts(a)).toEqual([]);
      expect(broadcasts(b)).toHaveLength(1);

      // Two senders in the same turn: one merged frame, which the senders get too (Yjs ignores duplicates).
      const [ackA, ackB] = await Promise.all([
        a.session.sync(doc, updateMessage(clientEdit('from a'))),
        b.session.sync(doc, updateMessage(clientEdit('from b'))),
      ]);
      expect([ackA, ackB]).toEqual([{ ok: true }, { ok: true }]);
      const merged = broadcasts(c).at(-1)!;
      expect(broadcasts(c)).toHaveLength(2);
      expect(broadcasts(a)).toEqual([merged]);
      const replica = new Y.Doc();
      Y.applyUpdate(replica, merged);
      expect(replica.getText('t').toString()).toMatch(/^(from afrom b|from bfrom a)$/);
    });

    it('stops relaying once destroyed', async () => {
      const { connect, plan, rooms, store, hub } = setup();
      const doc = await plan('p');
      const a = connect('a');
      await joined(a.session, doc);
      const live = await store.open(doc);
      const room = await rooms.enter(doc, a.peer);
      expect(room.size).toBe(1);
      // Spies first, so a relay after the destroy would be seen.
      const broadcast = vi.spyOn(hub, 'broadcast');
      const send = vi.spyOn(a.peer, 'send');

      // While the room lives, a server-side change and a presence change reach its member.
      live.doc.getText('t').insert(0, 'before');
      applyAwarenessUpdate(live.awareness, awarenessUpdate([{ clientId: 1001, clock: 1, state: { n: 1 } }]), null);
      expect(broadcast.mock.calls.map((call) => call[2])).toEqual(['sync', 'awareness']);
      expect(a.peer.inbox.map((m) => m.event)).toEqual(['sync', 'awareness']);

      room.destroy();
      broadcast.mockClear();
      a.peer.clear();
      live.doc.getText('t').insert(0, 'server-side change');
      applyAwarenessUpdate(live.awareness, awarenessUpdate([{ clientId: 1001, clock: 2, state: { n: 2 } }]), null);
      await nextTurn();
      expect(broadcast).not.toHaveBeenCalled();
      expect(send).not.toHaveBeenCalled();
      expect(a.peer.inbox).toEqual([]);
      store.release(doc);
    });
  });
});
