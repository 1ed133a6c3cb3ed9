import { describe, it, expect, vi } from 'vitest';
import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { InjectedFailure, InstrumentedStorage } from '../testing/InstrumentedStorage';
import { useTestEnv } from '../testing/testEnv';
import { nextTurn, track, waitFor } from '../testing/waitFor';
import type { DocStorage } from '../storage/Storage';
import { DocStore, type DocStoreOptions, type LiveDoc } from './DocStore';

const DOC = 'plan:test';

function text(doc: Y.Doc): string {
  return doc.getText('t').toJSON();
}

function append(doc: Y.Doc, value: string): void {
  const t = doc.getText('t');
  t.insert(t.length, value);
}

/** What storage holds for `name` (snapshot + log), applied to a fresh doc. */
async function storedDoc(storage: DocStorage, name: string): Promise<Y.Doc> {
  const stored = await storage.loadDoc(name);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

function sameState(a: Y.Doc, b: Y.Doc): boolean {
  return (
    Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b))) &&
    Y.equalSnapshots(Y.snapshot(a), Y.snapshot(b)) &&
    text(a) === text(b)
  );
}

function intervalCleared(awareness: Awareness): boolean {
  const interval = awareness._checkInterval as unknown as { _destroyed?: boolean };
  return interval._destroyed === true;
}

/** Updates as a client would produce them, one per keystroke. */
function keystrokeUpdates(count: number): { updates: Uint8Array[]; source: Y.Doc } {
  const source = new Y.Doc();
  const updates: Uint8Array[] = [];
  source.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) append(source, String.fromCharCode(97 + (i % 26)));
  return { updates, source };
}

describe('DocStore', () => {
  const env = useTestEnv();

  function setup(options: Partial<DocStoreOptions> = {}) {
    const sqlite = env().sqlite().docs;
    const storage = new InstrumentedStorage(sqlite);
    const errors: { error: unknown; context: string }[] = [];
    const store = new DocStore(storage, {
      unloadDelayMs: 10,
      compactAfterUpdates: 1_000,
      compactAfterBytes: 1024 * 1024,
      maxConcurrentLoads: 4,
      onError: (error, context) => errors.push({ error, context }),
      ...options,
    });
    env().defer(async () => {
      for (const op of ['load', 'append', 'compact'] as const) {
        storage.hold[op] = false;
        storage.releaseAll(op);
      }
      await store.close();
    });
    return { sqlite, storage, store, errors };
  }

  /** Makes `count` changes, each in its own turn and committed before the next. */
  async function edit(store: DocStore, live: LiveDoc, count: number, prefix = 'x'): Promise<void> {
    for (let i = 0; i < count; i++) {
      append(live.doc, `${prefix}${i};`);
      await store.whenDurable();
    }
  }

  it('loads a document once for concurrent opens and gives everyone the same, fully loaded Y.Doc', async () => {
    const { sqlite, storage, store } = setup();
    const { updates, source } = keystrokeUpdates(20);
    await sqlite.appendUpdates(updates.map((update) => ({ doc: DOC, update })));

    storage.hold.load = true;
    const opens = [store.open(DOC), store.open(DOC), store.open(DOC)];
    await waitFor(() => storage.held.load.length === 1, 'the load to start');
    expect(store.size).toBe(1);
    storage.releaseAll('load');
    const [a, b, c] = await Promise.all(opens);
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(text(a!.doc)).toBe(text(source));

    const d = await store.open(DOC);
    expect(d).toBe(a);
    expect(storage.loadCalls).toEqual([DOC]);
    expect(store.size).toBe(1);

    for (let i = 0; i < 4; i++) store.release(DOC);
    await waitFor(() => store.size === 0, 'the doc to unload');
    source.destroy();
  });

  it('a failed load rejects every waiter, leaves nothing behind, and the next open loads again', async () => {
    const { storage, store } = setup();
    storage.failNext.load = 1;
    const results = await Promise.allSettled([store.open(DOC), store.open(DOC), store.open(DOC)]);
    for (const result of results) {
      expect(result.status).toBe('rejected');
      if (result.status === 'rejected') expect(result.reason).toBeInstanceOf(InjectedFailure);
    }
    expect(store.size).toBe(0);
    expect(store.isLoaded(DOC)).toBe(false);

    const live = await store.open(DOC);
    expect(live.doc.isDestroyed).toBe(false);
    expect(storage.loadCalls).toEqual([DOC, DOC]);
    expect(store.size).toBe(1);
    store.release(DOC);
    await waitFor(() => store.size === 0, 'the doc to unload');
  });

  it('a document whose stored bytes cannot be applied fails to open and is not kept', async () => {
    const { sqlite, store } = setup();
    await sqlite.appendUpdates([{ doc: DOC, update: new Uint8Array([1, 2, 3, 4, 5]) }]);
    await expect(store.open(DOC)).rejects.toThrow();
    expect(store.size).toBe(0);
  });

  it('unloads after the last release: compacts to a snapshot, frees the doc and its awareness timer, and reloads identical state', async () => {
    const { sqlite, storage, store } = setup({ unloadDelayMs: 15 });
    const live = await store.open(DOC);
    await edit(store, live, 12);
    expect((await sqlite.loadDoc(DOC)).updates.length).toBeGreaterThanOrEqual(12);
    const before = new Y.Doc();
    Y.applyUpdate(before, Y.encodeStateAsUpdate(live.doc));

    store.release(DOC);
    expect(store.isLoaded(DOC)).toBe(true);
    await waitFor(() => store.size === 0, 'the doc to unload');
    expect(live.doc.isDestroyed).toBe(true);
    expect(intervalCleared(live.awareness)).toBe(true);
    expect(storage.compactCalls).toEqual([DOC]);
    const stored = await sqlite.loadDoc(DOC);
    expect(stored.updates).toEqual([]);
    expect(stored.snapshot).not.toBeNull();

    const reopened = await store.open(DOC);
    expect(reopened).not.toBe(live);
    expect(sameState(reopened.doc, before)).toBe(true);
    expect(Y.encodeStateAsUpdate(reopened.doc, Y.encodeStateVector(before))).toEqual(
      Y.encodeStateAsUpdate(before, Y.encodeStateVector(before)),
    );
    store.release(DOC);
    await waitFor(() => store.size === 0, 'the doc to unload again');
    before.destroy();
  });

  it('an unchanged document unloads without rewriting its snapshot', async () => {
    const { storage, store } = setup();
    const live = await store.open(DOC);
    store.release(DOC);
    await waitFor(() => store.size === 0, 'the doc to unload');
    expect(storage.compactCalls).toEqual([]);
    expect(intervalCleared(live.awareness)).toBe(true);
  });

  it('an open during the unload delay cancels the unload', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    env().defer(() => void vi.useRealTimers());
    const { storage, store } = setup({ unloadDelayMs: 1_000 });
    const live = await store.open(DOC);
    store.release(DOC);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(999);

    const again = await store.open(DOC);
    expect(again).toBe(live);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(store.isLoaded(DOC)).toBe(true);
    expect(live.doc.isDestroyed).toBe(false);
    expect(storage.loadCalls).toEqual([DOC]);

    store.release(DOC);
    await vi.advanceTimersByTimeAsync(1_000);
    vi.useRealTimers();
    await waitFor(() => store.size === 0, 'the doc to unload');
    expect(live.doc.isDestroyed).toBe(true);
  });

  it('releasing more often than opening, or an unknown doc, is harmless', async () => {
    const { store } = setup();
    store.release('plan:unknown');
    const live = await store.open(DOC);
    store.release(DOC);
    store.release(DOC);
    await waitFor(() => store.size === 0, 'the doc to unload');
    expect(live.doc.isDestroyed).toBe(true);
  });

  it('an open while the document is closing waits for the close, then loads it again', async () => {
    const { storage, store } = setup();
    const live = await store.open(DOC);
    await edit(store, live, 3);
    storage.hold.compact = true;
    store.release(DOC);
    await waitFor(() => storage.held.compact.length === 1, 'the unload to start compacting');

    const reopening = store.open(DOC);
    const state = track(reopening);
    await nextTurn();
    expect(state.settled()).toBe(false);
    expect(storage.loadCalls).toEqual([DOC]);

    storage.releaseAll('compact');
    const reopened = await reopening;
    expect(reopened).not.toBe(live);
    expect(live.doc.isDestroyed).toBe(true);
    expect(reopened.doc.isDestroyed).toBe(false);
    expect(text(reopened.doc)).toBe('x0;x1;x2;');
    expect(storage.loadCalls).toEqual([DOC, DOC]);
    expect(store.size).toBe(1);
    store.release(DOC);
    await waitFor(() => store.size === 0, 'the doc to unload');
  });

  it('compacts when the log passes compactAfterUpdates, without changing the document', async () => {
    const { sqlite, storage, store } = setup({ compactAfterUpdates: 10 });
    const live = await store.open(DOC);
    await edit(store, live, 25);
    await waitFor(() => storage.compactCalls.length >= 2, 'two compactions');
    await store.whenDurable();

    const expected = [...Array(25).keys()].map((i) => `x${i};`).join('');
    expect(text(live.doc)).toBe(expected);
    expect(live.doc.isDestroyed).toBe(false);
    const stored = await sqlite.loadDoc(DOC);
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates.length).toBeLessThan(10);
    const fromStorage = await storedDoc(sqlite, DOC);
    expect(sameState(fromStorage, live.doc)).toBe(true);
    fromStorage.destroy();
    store.release(DOC);
  });

  it('compacts when the log passes compactAfterBytes', async () => {
    const { sqlite, storage, store } = setup({ compactAfterBytes: 1_000 });
    const live = await store.open(DOC);
    append(live.doc, 'y'.repeat(2_000));
    await waitFor(() => storage.compactCalls.length === 1, 'a compaction');
    await store.whenDurable();
    const stored = await sqlite.loadDoc(DOC);
    expect(stored.updates).toEqual([]);
    const fromStorage = await storedDoc(sqlite, DOC);
    expect(text(fromStorage)).toBe('y'.repeat(2_000));
    fromStorage.destroy();
    store.release(DOC);
  });

  it('compacts a document loaded with a long log right after loading it', async () => {
    const { sqlite, storage, store } = setup({ compactAfterUpdates: 500 });
    const { updates, source } = keystrokeUpdates(2_000);
    await sqlite.appendUpdates(updates.map((update) => ({ doc: DOC, update })));

    const live = await store.open(DOC);
    expect(text(live.doc)).toBe(text(source));
    await waitFor(() => storage.compactCalls.length === 1, 'the compaction after load');
    await store.whenDurable();
    const stored = await sqlite.loadDoc(DOC);
    expect(stored.updates).toEqual([]);
    expect(stored.snapshot).not.toBeNull();
    const fromStorage = await storedDoc(sqlite, DOC);
    expect(sameState(fromStorage, source)).toBe(true);
    fromStorage.destroy();
    source.destroy();
    store.release(DOC);
  });

  it('never runs more than maxConcurrentLoads loads at once', async () => {
    const { storage, store } = setup({ maxConcurrentLoads: 2 });
    storage.hold.load = true;
    const names = [...Array(7).keys()].map((i) => `plan:doc${i}`);
    const opens = names.map((name) => store.open(name));
    const done = opens.map(track);

    await waitFor(() => storage.held.load.length === 2, 'two loads to start');
    await nextTurn();
    expect(storage.loading).toBe(2);
    while (!done.every((d) => d.settled())) {
      storage.held.load[0]?.release();
      await waitFor(
        () => storage.held.load.length > 0 || done.every((d) => d.settled()),
        'the next load',
      );
      expect(storage.loading).toBeLessThanOrEqual(2);
    }
    await Promise.all(opens);
    expect(storage.maxLoading).toBe(2);
    expect(storage.loadCalls).toEqual(names);
    for (const name of names) store.release(name);
    await waitFor(() => store.size === 0, 'every doc to unload');
  });

  // A reconnect storm: new opens keep arriving while loads finish. Try every microtask offset
  // between a load finishing and a new open arriving.
  it('keeps maxConcurrentLoads even when a new open arrives just as a load finishes', async () => {
    const sqlite = env().sqlite().docs;
    for (let depth = 0; depth < 16; depth++) {
      const storage = new InstrumentedStorage(sqlite);
      const store = new DocStore(storage, {
        unloadDelayMs: 10,
        compactAfterUpdates: 1_000,
        compactAfterBytes: 1024 * 1024,
        maxConcurrentLoads: 1,
      });
      env().defer(() => store.close());
      storage.hold.load = true;
      const opens = [store.open(`plan:a${depth}`), store.open(`plan:b${depth}`)];
      const first = await waitFor(() => storage.held.load[0], 'the first load');
      let chain = first.released;
      for (let i = 0; i < depth; i++) chain = chain.then(() => undefined);
      const late = chain.then(() => void opens.push(store.open(`plan:c${depth}`)));
      first.release();
      await late;
      const done = () =>
        opens.length === 3 && storage.loadCalls.length === 3 && storage.loading === 0;
      while (!done()) {
        await waitFor(() => storage.held.load.length > 0 || done(), 'the next load');
        storage.releaseAll('load');
      }
      await Promise.all(opens);
      expect({ depth, maxLoading: storage.maxLoading }).toEqual({ depth, maxLoading: 1 });
      await store.close();
    }
  });

  it('whenDurable() resolves only after the updates made so far are committed', async () => {
    const { sqlite, storage, store } = setup();
    const live = await store.open(DOC);
    storage.hold.append = true;
    append(live.doc, 'hello');
    const durable = store.whenDurable();
    const state = track(durable);
    await waitFor(() => storage.held.append.length === 1, 'the append to start');
    await nextTurn();
    expect(state.settled()).toBe(false);
    expect((await sqlite.loadDoc(DOC)).updates).toEqual([]);

    storage.releaseAll('append');
    await durable;
    expect((await sqlite.loadDoc(DOC)).updates).toHaveLength(1);
    store.release(DOC);
  });

  it('a failed append is retried until stored, and reported', async () => {
    const { sqlite, storage, store, errors } = setup();
    const live = await store.open(DOC);
    storage.failNext.append = 1;
    append(live.doc, 'kept');
    await store.whenDurable();
    expect(errors.map((e) => e.context)).toEqual(['storing updates (attempt 1)']);
    const fromStorage = await storedDoc(sqlite, DOC);
    expect(text(fromStorage)).toBe('kept');
    fromStorage.destroy();
    store.release(DOC);
  });

  it('a failed compaction on unload still frees the document and keeps the full log', async () => {
    const { sqlite, storage, store, errors } = setup();
    const live = await store.open(DOC);
    await edit(store, live, 5);
    storage.failNext.compact = 1;
    store.release(DOC);
    await waitFor(() => store.size === 0, 'the doc to unload');
    expect(live.doc.isDestroyed).toBe(true);
    expect(intervalCleared(live.awareness)).toBe(true);
    expect(errors.map((e) => e.context)).toEqual([`compacting ${DOC} on unload`]);
    expect((await sqlite.loadDoc(DOC)).updates.length).toBeGreaterThanOrEqual(5);

    const reopened = await store.open(DOC);
    expect(text(reopened.doc)).toBe('x0;x1;x2;x3;x4;');
    store.release(DOC);
  });

  it('close() stores, compacts and frees every document, even ones still open', async () => {
    const { sqlite, store } = setup({ unloadDelayMs: 60_000 });
    const a = await store.open('plan:a');
    const b = await store.open('plan:b');
    append(a.doc, 'A');
    append(b.doc, 'B');
    await store.close();
    expect(store.size).toBe(0);
    expect(a.doc.isDestroyed && b.doc.isDestroyed).toBe(true);
    expect(intervalCleared(a.awareness) && intervalCleared(b.awareness)).toBe(true);
    for (const [name, expected] of [
      ['plan:a', 'A'],
      ['plan:b', 'B'],
    ] as const) {
      const stored = await sqlite.loadDoc(name);
      expect(stored.updates).toEqual([]);
      const fromStorage = await storedDoc(sqlite, name);
      expect(text(fromStorage)).toBe(expected);
      fromStorage.destroy();
    }
  });
});
