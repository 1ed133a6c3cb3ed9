import { describe, expect, it } from 'vitest';
import { InstrumentedStorage } from '../testing/InstrumentedStorage';
import { useTestEnv } from '../testing/testEnv';
import { waitFor } from '../testing/waitFor';
import { storedOrigin, type DocLifecycle } from './DocLifecycle';
import { DocStore } from './DocStore';

/** What a lifecycle saw, in order, together with the storage calls. */
function recording(storage: InstrumentedStorage): { lifecycle: DocLifecycle; events: string[] } {
  const events = storage.events;
  return {
    events,
    lifecycle: {
      onLoading: (name) => {
        events.push(`loading:${name}`);
        return Promise.resolve({
          onLoaded: (doc, _awareness, access) => {
            events.push(`loaded:${name}:${doc.getText('t').toString()}`);
            void access
              .readStored()
              .then((stored) => events.push(`read back:${stored.updates.length}`));
          },
          onUnloading: () => events.push(`unloading:${name}`),
        });
      },
    },
  };
}

describe('DocStore lifecycle hooks', () => {
  const env = useTestEnv();

  function store(lifecycle: (storage: InstrumentedStorage) => DocLifecycle) {
    const storage = new InstrumentedStorage(env().sqlite().docs);
    const docs = new DocStore(storage, {
      unloadDelayMs: 0,
      compactAfterUpdates: 1_000,
      compactAfterBytes: 1024 * 1024,
      maxConcurrentLoads: 4,
      lifecycle: lifecycle(storage),
    });
    env().defer(() => docs.close().then(() => undefined));
    return { storage, docs };
  }

  it('are told before the storage read, once loaded, and on unload; and may read the stored state again', async () => {
    let events: string[] = [];
    const { docs } = store((storage) => {
      const made = recording(storage);
      events = made.events;
      return made.lifecycle;
    });
    const live = await docs.open('plan:a');
    live.doc.getText('t').insert(0, 'hei');
    await docs.whenDurable();
    await waitFor(() => events.includes('read back:0'), 'the read back');
    docs.release('plan:a');
    await waitFor(() => !docs.isLoaded('plan:a'), 'the unload');

    expect(
      events.filter((event) => !event.startsWith('append') && !event.startsWith('compact')),
    ).toEqual([
      'loading:plan:a',
      'load:plan:a',
      'loaded:plan:a:',
      'load:plan:a',
      'read back:0',
      'unloading:plan:a',
    ]);
  });

  it('are told of the unload when the storage read fails, and the next open starts over', async () => {
    let events: string[] = [];
    const { docs, storage } = store((s) => {
      const made = recording(s);
      events = made.events;
      return made.lifecycle;
    });
    storage.failNext.load = 1;
    await expect(docs.open('plan:b')).rejects.toThrow(/injected/);
    expect(events).toEqual(['loading:plan:b', 'load:plan:b', 'unloading:plan:b']);
    await docs.open('plan:b');
    docs.release('plan:b');
  });

  it('does not store a change marked as stored already', async () => {
    const { docs, storage } = store(() => ({
      onLoading: () => Promise.resolve({ onLoaded: () => undefined, onUnloading: () => undefined }),
    }));
    const live = await docs.open('plan:c');
    live.doc.transact(() => live.doc.getText('t').insert(0, 'fra en annen server'), storedOrigin);
    await docs.whenDurable();
    expect(storage.appendCalls).toEqual([]);
    docs.release('plan:c');
  });
});
