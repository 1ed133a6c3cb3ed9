import { describe, it, expect } from 'vitest';
import * as Y from 'yjs';
import { DocStore } from './DocStore';
import { InstrumentedStorage } from '../testing/InstrumentedStorage';
import { useTestEnv } from '../testing/testEnv';
import { track, waitFor } from '../testing/waitFor';

describe('DocStore.closeWithin', () => {
  const env = useTestEnv();

  function setup() {
    const storage = new InstrumentedStorage(env().sqlite().docs);
    const errors: string[] = [];
    const store = new DocStore(storage, {
      unloadDelayMs: 10,
      compactAfterUpdates: 1_000,
      compactAfterBytes: 1024 * 1024,
      maxConcurrentLoads: 4,
      onError: (_error, context) => errors.push(context),
    });
    return { storage, store, errors };
  }

  it('with storage working, stores everything and reports nothing left over', async () => {
    const { storage, store } = setup();
    const live = await store.open('plan:a');
    live.doc.getText('t').insert(0, 'lagret');
    expect(await store.closeWithin(5_000)).toEqual([]);
    const stored = await storage.inner.loadDoc('plan:a');
    const doc = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    expect(doc.getText('t').toString()).toBe('lagret');
  });

  it('with storage down, returns at the deadline with what was not stored, and never acknowledges it', async () => {
    const { storage, store, errors } = setup();
    storage.failNext.append = Number.MAX_SAFE_INTEGER;
    storage.failNext.compact = Number.MAX_SAFE_INTEGER;
    const live = await store.open('plan:a');
    live.doc.getText('t').insert(0, 'aldri lagret');
    const durable = store.whenDurable();
    const durableState = track(durable);
    await waitFor(() => errors.length >= 1, 'the first failed write');

    const started = Date.now();
    const unstored = await store.closeWithin(100);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(unstored).toEqual([{ doc: 'plan:a', updates: 1, bytes: expect.any(Number) as number }]);
    // Whoever waited for the ack is told it failed, not that it was stored.
    await expect(durable).rejects.toThrow(/not stored/);
    expect(durableState.settled()).toBe(true);
    expect(store.accepting(1)).toBe(false);
    // The writer stopped retrying.
    const attempts = storage.appendCalls.length;
    await waitFor(() => store.size === 0, 'the documents to be unloaded');
    expect(storage.appendCalls).toHaveLength(attempts);
  });
});
