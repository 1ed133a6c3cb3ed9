import { describe, it, expect } from 'vitest';
import * as Y from 'yjs';
import { ErrorCode, PROTOCOL_VERSION, type Access } from '../../shared/protocol';
import { DocStore } from '../docs/DocStore';
import { LiveSessions } from '../realtime/LiveSessions';
import { PeerSession, type SessionDeps } from '../realtime/PeerSession';
import { Rooms } from '../realtime/Rooms';
import { InstrumentedStorage } from '../testing/InstrumentedStorage';
import { FakeHub, updateMessage, type FakePeer } from '../testing/fakePeers';
import { useTestEnv } from '../testing/testEnv';
import { waitFor } from '../testing/waitFor';
import type { UserRecord } from '../storage/Storage';
import type { AccessDecision, AccessPolicy } from './access';
import { AccessChanges, type AccessChange } from './AccessChanges';
import type { Identity } from './identity';

function userIdentity(id: string): Identity {
  const user: UserRecord = { id, email: `${id}@k.no`, name: id, passwordHash: null, isAdmin: false, createdAt: 1 };
  return { kind: 'user', user, sessionHash: `session-${id}` };
}

function edit(value: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, value);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

describe('AccessChanges', () => {
  it('forwards what is published here to the other servers, and never forwards what they sent', () => {
    const changes = new AccessChanges();
    const heard: AccessChange[] = [];
    const forwarded: AccessChange[] = [];
    changes.subscribe((change) => heard.push(change));
    const before: AccessChange = { kind: 'plan', planId: 'before' };
    changes.publish(before);
    changes.forwardTo((change) => forwarded.push(change));
    const local: AccessChange = { kind: 'plan', planId: 'here' };
    const remote: AccessChange = { kind: 'sessions', tokenHashes: ['elsewhere'] };
    changes.publish(local);
    changes.receive(remote);
    expect(heard).toEqual([before, local, remote]);
    expect(forwarded).toEqual([local]);
  });

  it('delivers each change to every subscriber until it unsubscribes', () => {
    const changes = new AccessChanges();
    const a: AccessChange[] = [];
    const b: AccessChange[] = [];
    const stopA = changes.subscribe((change) => a.push(change));
    changes.subscribe((change) => b.push(change));
    const first: AccessChange = { kind: 'plan', planId: 'p' };
    changes.publish(first);
    stopA();
    const second: AccessChange = { kind: 'sessions', tokenHashes: ['h'] };
    changes.publish(second);
    expect(a).toEqual([first]);
    expect(b).toEqual([first, second]);
  });
});

describe('LiveSessions.apply', () => {
  const env = useTestEnv();

  /**
   * Real sessions, rooms and documents over SQLite, with an access policy the test controls:
   * `rights` maps `principal|doc` to a decision (missing means 'none').
   */
  function setup() {
    const sqlite = env().sqlite();
    const storage = new InstrumentedStorage(sqlite.docs);
    const store = new DocStore(storage, { unloadDelayMs: 10, compactAfterUpdates: 1_000, compactAfterBytes: 1024 * 1024, maxConcurrentLoads: 4 });
    env().defer(async () => {
      storage.hold.load = false;
      storage.releaseAll('load');
      await store.close();
    });
    const hub = new FakeHub();
    const rooms = new Rooms(store, hub);
    const rights = new Map<string, AccessDecision>();
    /** Every decide() call, as `principal|doc`. */
    const decided: string[] = [];
    const failing = new Set<string>();
    const keyOf = (identity: Identity, doc: string) => `${identity.kind === 'user' ? identity.user.id : identity.kind}|${doc}`;
    const access: AccessPolicy = {
      decide(identity, doc) {
        const key = keyOf(identity, doc);
        decided.push(key);
        if (failing.has(key)) return Promise.reject(new Error(`decide failed for ${key}`));
        return Promise.resolve(rights.get(key) ?? 'none');
      },
    };
    const refusedWrites: string[] = [];
    const deps: SessionDeps = {
      rooms,
      access,
      whenDurable: () => store.whenDurable(),
      onRefusedWrite: (identity, doc) => refusedWrites.push(keyOf(identity, doc)),
    };
    const live = new LiveSessions();
    /** What happened to connections, in order: `disconnect:<id>` entries, shared by all peers. */
    const log: string[] = [];

    async function plan(id: string): Promise<string> {
      const name = `plan:${id}`;
      await sqlite.plans.createPlan({ id, title: id, municipality: 'Oslo', createdAt: 1, updatedAt: 1 }, name, Y.encodeStateAsUpdate(new Y.Doc()));
      return name;
    }

    function connect(id: string, identity: Identity = userIdentity(id)): { peer: FakePeer; session: PeerSession } {
      const peer = hub.peer(id);
      const session = new PeerSession(peer, identity, deps);
      live.add(session, () => {
        log.push(`disconnect:${id}`);
        live.remove(session);
        session.close();
      });
      env().defer(() => session.close());
      return { peer, session };
    }

    async function join(session: PeerSession, doc: string, expected: Access): Promise<void> {
      expect(await session.join({ doc, protocol: PROTOCOL_VERSION })).toEqual({ ok: true, access: expected });
    }

    /** The `access` messages a peer received, as [doc, access]. */
    function accessMessages(peer: FakePeer): unknown[][] {
      return peer.inbox.filter((m) => m.event === 'access').map((m) => m.args);
    }

    async function serverText(name: string): Promise<string> {
      const opened = await store.open(name);
      const text = opened.doc.getText('t').toString();
      store.release(name);
      return text;
    }

    return { sqlite, storage, store, live, rights, decided, failing, refusedWrites, log, plan, connect, join, accessMessages, serverText };
  }

  it('on a plan change, rechecks only the sessions that hold that plan’s document', async () => {
    const t = setup();
    const p = await t.plan('p');
    const q = await t.plan('q');
    for (const key of ['a|plan:p', 'b|plan:q', 'c|plan:p', 'c|plan:q']) t.rights.set(key, 'write');
    const a = t.connect('a');
    const b = t.connect('b');
    const c = t.connect('c');
    t.connect('idle');
    await t.join(a.session, p, 'write');
    await t.join(b.session, q, 'write');
    await t.join(c.session, p, 'write');
    await t.join(c.session, q, 'write');
    t.decided.length = 0;

    await t.live.apply({ kind: 'plan', planId: 'p' });
    // c holds p, so all of c's documents are checked again; b and idle are left alone.
    expect([...t.decided].sort()).toEqual(['a|plan:p', 'c|plan:p', 'c|plan:q']);
    // Nothing changed, so nobody is told anything.
    for (const { peer } of [a, b, c]) expect(t.accessMessages(peer)).toEqual([]);

    t.decided.length = 0;
    await t.live.apply({ kind: 'plan', planId: 'unrelated' });
    expect(t.decided).toEqual([]);
  });

  it('a downgrade to read is sent at once, and later updates are refused as read-only', async () => {
    const t = setup();
    const p = await t.plan('p');
    t.rights.set('a|plan:p', 'write');
    t.rights.set('b|plan:p', 'write');
    const a = t.connect('a');
    const b = t.connect('b');
    await t.join(a.session, p, 'write');
    await t.join(b.session, p, 'write');
    expect(await a.session.sync(p, updateMessage(edit('before ')))).toEqual({ ok: true });

    t.rights.set('a|plan:p', 'read');
    await t.live.apply({ kind: 'plan', planId: 'p' });
    expect(t.accessMessages(a.peer)).toEqual([[p, 'read']]);
    expect(t.accessMessages(b.peer)).toEqual([]);
    expect(a.session.holds(p)).toBe(true);

    expect(await a.session.sync(p, updateMessage(edit('after')))).toMatchObject({ ok: false, code: ErrorCode.ReadOnly });
    expect(t.refusedWrites).toEqual(['a|plan:p']);
    expect(await t.serverText(p)).toBe('before ');
    // Joining again does not bring write access back.
    expect(await a.session.join({ doc: p, protocol: PROTOCOL_VERSION })).toEqual({ ok: true, access: 'read' });
    // The other writer is unaffected.
    expect(await b.session.sync(p, updateMessage(edit('b')))).toEqual({ ok: true });
  });

  it('an upgrade to write is sent at once and lets updates through', async () => {
    const t = setup();
    const p = await t.plan('p');
    t.rights.set('a|plan:p', 'read');
    const a = t.connect('a');
    await t.join(a.session, p, 'read');
    expect(await a.session.sync(p, updateMessage(edit('x')))).toMatchObject({ ok: false, code: ErrorCode.ReadOnly });

    t.rights.set('a|plan:p', 'write');
    await t.live.apply({ kind: 'plan', planId: 'p' });
    expect(t.accessMessages(a.peer)).toEqual([[p, 'write']]);
    expect(await a.session.sync(p, updateMessage(edit('now')))).toEqual({ ok: true });
    expect(await t.serverText(p)).toBe('now');
  });

  it('withdrawn access sends access null and a forbidden problem, and leaves the room', async () => {
    const t = setup();
    const p = await t.plan('p');
    const q = await t.plan('q');
    t.rights.set('a|plan:p', 'write');
    t.rights.set('a|plan:q', 'read');
    const a = t.connect('a');
    await t.join(a.session, p, 'write');
    await t.join(a.session, q, 'read');
    expect(a.peer.subscriptions).toEqual(new Set([p, q]));

    t.rights.delete('a|plan:p');
    await t.live.apply({ kind: 'plan', planId: 'p' });
    expect(t.accessMessages(a.peer)).toEqual([[p, null]]);
    expect(a.peer.problems()).toEqual([{ code: ErrorCode.Forbidden, message: expect.any(String) as string, doc: p }]);
    expect(a.session.holds(p)).toBe(false);
    expect(a.peer.subscriptions).toEqual(new Set([q]));
    expect(await a.session.sync(p, updateMessage(edit('late')))).toMatchObject({ ok: false, code: ErrorCode.NotJoined });
    expect(await a.session.join({ doc: p, protocol: PROTOCOL_VERSION })).toMatchObject({ ok: false, code: ErrorCode.Forbidden });
    // The other document stays open; the connection stays up.
    expect(a.session.holds(q)).toBe(true);
    expect(t.log).toEqual([]);
    // The withdrawn document's room is gone, so the store can unload it.
    await waitFor(() => t.store.size === 1, 'the withdrawn document to unload');
  });

  it('a plan that no longer exists is withdrawn too', async () => {
    const t = setup();
    const p = await t.plan('p');
    t.rights.set('a|plan:p', 'write');
    const a = t.connect('a');
    await t.join(a.session, p, 'write');
    t.rights.set('a|plan:p', 'unknown');
    await t.live.apply({ kind: 'plan', planId: 'p' });
    expect(t.accessMessages(a.peer)).toEqual([[p, null]]);
    expect(a.session.holds(p)).toBe(false);
  });

  it('one session’s failing recheck does not stop the others', async () => {
    const t = setup();
    const p = await t.plan('p');
    t.rights.set('a|plan:p', 'write');
    t.rights.set('b|plan:p', 'write');
    const a = t.connect('a');
    const b = t.connect('b');
    await t.join(a.session, p, 'write');
    await t.join(b.session, p, 'write');
    t.failing.add('a|plan:p');
    t.rights.set('b|plan:p', 'read');
    await t.live.apply({ kind: 'plan', planId: 'p' });
    expect(t.accessMessages(b.peer)).toEqual([[p, 'read']]);
  });

  it('a sessions change disconnects exactly the connections of those sessions', async () => {
    const t = setup();
    const p = await t.plan('p');
    for (const id of ['a', 'b', 'c']) t.rights.set(`${id}|plan:p`, 'write');
    const a = t.connect('a');
    const b = t.connect('b');
    const c = t.connect('c');
    // A second connection (another tab) on a's session.
    const a2 = t.connect('a-tab', userIdentity('a'));
    const anonymous = t.connect('anon', { kind: 'anonymous' });
    for (const s of [a, b, c, a2]) await t.join(s.session, p, 'write');
    expect(t.live.size).toBe(5);

    await t.live.apply({ kind: 'sessions', tokenHashes: ['session-a', 'session-c', 'session-unknown'] });
    expect([...t.log].sort()).toEqual(['disconnect:a', 'disconnect:a-tab', 'disconnect:c']);
    expect(t.live.size).toBe(2);
    expect(b.session.holds(p)).toBe(true);
    expect(anonymous.session.holds(p)).toBe(false);
    expect(t.log).not.toContain('disconnect:anon');

    await t.live.apply({ kind: 'sessions', tokenHashes: [] });
    expect(t.log).toHaveLength(3);
  });

  it('a removed session’s connection learns it lost the document before it is disconnected', async () => {
    const t = setup();
    const p = await t.plan('p');
    t.rights.set('g|plan:p', 'write');
    const g = t.connect('g');
    await t.join(g.session, p, 'write');
    // The guest was removed: no rights, and the session is gone.
    t.rights.delete('g|plan:p');
    const seenAtDisconnect: unknown[][] = [];
    t.live.remove(g.session);
    t.live.add(g.session, () => seenAtDisconnect.push(...t.accessMessages(g.peer)));
    await t.live.apply({ kind: 'sessions', tokenHashes: ['session-g'] });
    expect(seenAtDisconnect).toEqual([[p, null]]);
  });

  it('still disconnects when the recheck before it fails', async () => {
    const t = setup();
    const p = await t.plan('p');
    t.rights.set('a|plan:p', 'write');
    const a = t.connect('a');
    await t.join(a.session, p, 'write');
    t.failing.add('a|plan:p');
    await t.live.apply({ kind: 'sessions', tokenHashes: ['session-a'] });
    expect(t.log).toEqual(['disconnect:a']);
  });

  it('a removed session is no longer reached', async () => {
    const t = setup();
    const p = await t.plan('p');
    t.rights.set('a|plan:p', 'write');
    const a = t.connect('a');
    await t.join(a.session, p, 'write');
    t.live.remove(a.session);
    expect(t.live.size).toBe(0);
    t.decided.length = 0;
    await t.live.apply({ kind: 'plan', planId: 'p' });
    await t.live.apply({ kind: 'sessions', tokenHashes: ['session-a'] });
    expect(t.decided).toEqual([]);
    expect(t.log).toEqual([]);
  });

  it('a change while the document is still loading for a join counts for that join', async () => {
    const t = setup();
    const p = await t.plan('p');
    t.rights.set('a|plan:p', 'write');
    const a = t.connect('a');
    t.storage.hold.load = true;
    const joining = a.session.join({ doc: p, protocol: PROTOCOL_VERSION });
    await waitFor(() => t.storage.held.load.length === 1, 'the document load to start');

    // The owner removes a while the document loads.
    t.rights.delete('a|plan:p');
    await t.live.apply({ kind: 'plan', planId: 'p' });
    t.storage.hold.load = false;
    t.storage.releaseAll('load');

    expect(await joining).toMatchObject({ ok: false, code: ErrorCode.Forbidden });
    expect(a.session.holds(p)).toBe(false);
    expect(a.peer.subscriptions.size).toBe(0);
    await waitFor(() => t.store.size === 0, 'the document to unload');
  });

  it('a downgrade while the document is loading gives the join the new access', async () => {
    const t = setup();
    const p = await t.plan('p');
    t.rights.set('a|plan:p', 'write');
    const a = t.connect('a');
    t.storage.hold.load = true;
    const joining = a.session.join({ doc: p, protocol: PROTOCOL_VERSION });
    await waitFor(() => t.storage.held.load.length === 1, 'the document load to start');
    t.rights.set('a|plan:p', 'read');
    await t.live.apply({ kind: 'plan', planId: 'p' });
    t.storage.hold.load = false;
    t.storage.releaseAll('load');
    expect(await joining).toEqual({ ok: true, access: 'read' });
    expect(await a.session.sync(p, updateMessage(edit('x')))).toMatchObject({ ok: false, code: ErrorCode.ReadOnly });
  });

  it('a join whose second decision fails leaves no room behind', async () => {
    const t = setup();
    const p = await t.plan('p');
    t.rights.set('a|plan:p', 'write');
    const a = t.connect('a');
    t.storage.hold.load = true;
    const joining = a.session.join({ doc: p, protocol: PROTOCOL_VERSION });
    await waitFor(() => t.storage.held.load.length === 1, 'the document load to start');
    t.failing.add('a|plan:p');
    await t.live.apply({ kind: 'plan', planId: 'p' });
    t.storage.hold.load = false;
    t.storage.releaseAll('load');
    expect(await joining).toMatchObject({ ok: false, code: ErrorCode.StorageFailed });
    expect(a.session.holds(p)).toBe(false);
    expect(a.peer.subscriptions.size).toBe(0);
    await waitFor(() => t.store.size === 0, 'the document to unload');
  });
});
