import { describe, it, expect } from 'vitest';
import * as Y from 'yjs';
import { ErrorCode, Limits, PROTOCOL_VERSION, type SyncAck } from '../../shared/protocol';
import { addFocusArea, listFocusAreas } from '../../shared/plan/focusAreas';
import { DocStore, type DocStoreOptions } from '../docs/DocStore';
import { InstrumentedStorage } from '../testing/InstrumentedStorage';
import {
  FakeHub,
  readSyncFrame,
  syncStep1,
  updateMessage,
  type FakePeer,
} from '../testing/fakePeers';
import { useTestEnv } from '../testing/testEnv';
import { nextTurn, track, waitFor } from '../testing/waitFor';
import { DocGrowthBudgets } from './DocGrowthBudgets';
import { PeerSession, type SessionDeps } from './PeerSession';
import { Rooms } from './Rooms';

const MiB = 1024 * 1024;

/** A client's copy of a plan, whose edits are captured one update each. */
function editor() {
  const doc = new Y.Doc();
  return {
    doc,
    /** Adds a focus area whose title is `size` characters; returns its id and the update. */
    addArea(size: number): { id: string; update: Uint8Array } {
      let update: Uint8Array = new Uint8Array();
      const capture = (u: Uint8Array) => (update = u);
      doc.once('update', capture);
      const id = addFocusArea(doc, { title: 'x'.repeat(size) });
      return { id, update };
    },
  };
}

function areaIds(doc: Y.Doc): string[] {
  return listFocusAreas(doc).map((area) => area.id);
}

describe('PeerSession byte budgets and storage back-pressure', () => {
  const env = useTestEnv();

  function setup(options: { deps?: Partial<SessionDeps>; store?: Partial<DocStoreOptions> } = {}) {
    const storage = new InstrumentedStorage(env().sqlite().docs);
    const store = new DocStore(storage, {
      unloadDelayMs: 10,
      compactAfterUpdates: 100_000,
      compactAfterBytes: 1024 * MiB,
      maxConcurrentLoads: 4,
      ...options.store,
    });
    env().defer(async () => {
      storage.failNext.append = 0;
      await store.close();
    });
    const hub = new FakeHub();
    const errors: string[] = [];
    const deps: SessionDeps = {
      rooms: new Rooms(store, hub),
      access: { decide: () => Promise.resolve('write') },
      whenDurable: () => store.whenDurable(),
      storageAccepting: (bytes) => store.accepting(bytes),
      onError: (_error, context) => errors.push(context),
      ...options.deps,
    };
    const peers = new Map<string, FakePeer>();
    async function connect(id: string, doc: string): Promise<PeerSession> {
      const peer = hub.peer(id);
      peers.set(id, peer);
      const session = new PeerSession(peer, { kind: 'anonymous' }, deps);
      env().defer(() => session.close());
      expect(await session.join({ doc, protocol: PROTOCOL_VERSION })).toEqual({
        ok: true,
        access: 'write',
      });
      return session;
    }
    async function serverDoc(name: string): Promise<Y.Doc> {
      const live = await store.open(name);
      env().defer(() => store.release(name));
      return live.doc;
    }
    return { storage, store, peers, errors, connect, serverDoc };
  }

  it('refuses an update over maxUpdateBytes before applying it', async () => {
    const { connect, serverDoc, storage } = setup();
    const session = await connect('a', 'plan:p');
    const client = editor();
    const big = client.addArea(Limits.maxUpdateBytes + 1);
    expect(big.update.byteLength).toBeGreaterThan(Limits.maxUpdateBytes);

    const ack = await session.sync('plan:p', updateMessage(big.update));
    expect(ack).toMatchObject({ ok: false, code: ErrorCode.MessageTooLarge });
    expect(areaIds(await serverDoc('plan:p'))).toEqual([]);
    expect(storage.appendCalls).toEqual([]);
  });

  it("refuses past the connection's bytes per second, unapplied, and takes the same edit later", async () => {
    let now = 1_000;
    const { connect, serverDoc } = setup({ deps: { now: () => now } });
    const session = await connect('a', 'plan:p');
    // Junk is charged before it is decoded (and refused as malformed): a cheap way to spend the
    // connection's burst without building megabytes of document.
    const junk = updateMessage(new Uint8Array(MiB).fill(0xff));
    let spent = 0;
    let ack: SyncAck = await session.sync('plan:p', junk);
    // Bounded, so a broken budget fails the test instead of looping forever.
    for (let i = 0; i < 40 && ack.ok === false && ack.code === ErrorCode.MalformedUpdate; i++) {
      spent += MiB;
      ack = await session.sync('plan:p', junk);
    }
    expect(ack).toMatchObject({ ok: false, code: ErrorCode.RateLimited });
    expect(spent).toBe(Limits.syncBytesBurst);

    const client = editor();
    const edit = client.addArea(MiB - 1024);
    expect(await session.sync('plan:p', updateMessage(edit.update))).toMatchObject({
      ok: false,
      code: ErrorCode.RateLimited,
    });
    const live = await serverDoc('plan:p');
    expect(areaIds(live)).toEqual([]);

    // Two seconds later the budget has refilled enough for the refused edit, sent again as is.
    now += 2_000;
    expect(await session.sync('plan:p', updateMessage(edit.update))).toEqual({ ok: true });
    expect(areaIds(live)).toEqual([edit.id]);
  });

  it('shares a document growth cap between connections and leaves other documents alone', async () => {
    let now = 1_000;
    const docGrowth = new DocGrowthBudgets(MiB, 2 * MiB, () => now);
    const { connect, serverDoc } = setup({ deps: { now: () => now, docGrowth } });
    const alice = await connect('alice', 'plan:p');
    const bob = await connect('bob', 'plan:p');
    const bystander = await connect('carol', 'plan:other');
    const a = editor();
    const b = editor();
    const c = editor();

    expect(await alice.sync('plan:p', updateMessage(a.addArea(MiB - 1024).update))).toEqual({
      ok: true,
    });
    expect(await bob.sync('plan:p', updateMessage(b.addArea(MiB - 1024).update))).toEqual({
      ok: true,
    });
    const refused = b.addArea(MiB - 1024);
    const ack = await bob.sync('plan:p', updateMessage(refused.update));
    expect(ack).toMatchObject({ ok: false, code: ErrorCode.GrowthLimited });
    expect(areaIds(await serverDoc('plan:p'))).not.toContain(refused.id);
    // Another document is not held back by this one's growth.
    expect(await bystander.sync('plan:other', updateMessage(c.addArea(MiB - 1024).update))).toEqual(
      { ok: true },
    );

    now += 1_000;
    expect(await bob.sync('plan:p', updateMessage(refused.update))).toEqual({ ok: true });
    expect(areaIds(await serverDoc('plan:p'))).toContain(refused.id);
  });

  it('refuses with storage-failed while the write backlog is full, serves bystanders, and heals when storage returns', async () => {
    const { connect, serverDoc, storage, store, peers } = setup({
      store: { maxWriteBacklogUpdates: 2 },
    });
    const session = await connect('a', 'plan:p');
    const client = editor();
    storage.failNext.append = Number.MAX_SAFE_INTEGER;

    const first = client.addArea(10);
    const firstAck = session.sync('plan:p', updateMessage(first.update));
    await nextTurn();
    const second = client.addArea(10);
    const secondAck = session.sync('plan:p', updateMessage(second.update));
    const pending = [track(firstAck), track(secondAck)];
    // failNext makes every attempt fail; one attempt made means the writer is now retrying.
    await waitFor(() => storage.appendCalls.length >= 1, 'a write to fail');
    expect(pending.map((p) => p.settled())).toEqual([false, false]);

    // The backlog is at its cap: the next edit is refused before it touches the document.
    const third = client.addArea(10);
    const refusal = await session.sync('plan:p', updateMessage(third.update));
    expect(refusal).toMatchObject({ ok: false, code: ErrorCode.StorageFailed });
    const live = await serverDoc('plan:p');
    expect(areaIds(live)).toEqual([first.id, second.id]);

    // A bystander can still open the document and read what is live.
    const reader = await connect('reader', 'plan:p');
    const readerDoc = new Y.Doc();
    // Its handshake's ack waits for storage (it says all it holds is durable); the state comes at once.
    const readerAck = reader.sync('plan:p', syncStep1(readerDoc));
    const step2 = await waitFor(
      () => peers.get('reader')!.payloads('sync', 'plan:p', 'send')[0],
      'the reader to get the state',
    );
    Y.applyUpdate(readerDoc, readSyncFrame(step2).payload);
    expect(areaIds(readerDoc)).toEqual([first.id, second.id]);

    // Storage comes back: the writer's retry commits, the held acks arrive, and the refused
    // edit, sent again, is taken.
    storage.failNext.append = 0;
    expect(await firstAck).toEqual({ ok: true });
    expect(await secondAck).toEqual({ ok: true });
    expect(await readerAck).toEqual({ ok: true });
    expect(await session.sync('plan:p', updateMessage(third.update))).toEqual({ ok: true });
    await store.whenDurable();
    const stored = new Y.Doc();
    for (const update of (await storage.inner.loadDoc('plan:p')).updates)
      Y.applyUpdate(stored, update);
    expect(areaIds(stored).sort()).toEqual([first.id, second.id, third.id].sort());
  });
});
