import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { DocStore } from '../docs/DocStore';
import { InstrumentedStorage } from '../testing/InstrumentedStorage';
import { useTestEnv } from '../testing/testEnv';
import { waitFor } from '../testing/waitFor';
import { ClusterRelay } from './ClusterRelay';
import { ClusterReplicas } from './ClusterReplicas';
import { MemoryBus } from './memoryBus';

const DOC = 'plan:delt';
const text = (doc: Y.Doc) => doc.getText('t').toString();

const relays: ClusterRelay[] = [];
afterEach(() => relays.splice(0).forEach((relay) => relay.stop()));

/** Two servers on one storage (as on one PostgreSQL), each with its own relay on one bus. */
describe('DocStore with a relay', () => {
  const env = useTestEnv();

  function servers() {
    const shared = env().sqlite().docs;
    const bus = new MemoryBus();
    const make = (nodeId: string) => {
      const storage = new InstrumentedStorage(shared);
      const relay = new ClusterRelay(bus.connect(), { nodeId, prefix: 't:', resyncMs: 3_600_000 });
      relays.push(relay);
      const replicas = new ClusterReplicas(relay);
      const store = new DocStore(storage, {
        unloadDelayMs: 0,
        compactAfterUpdates: 10_000,
        compactAfterBytes: 10_000_000,
        maxConcurrentLoads: 4,
        lifecycle: replicas,
      });
      env().defer(() => store.close());
      return { storage, relay, replicas, store };
    };
    return { bus, a: make('a'), b: make('b') };
  }

  it('stores a change once, where it was made, and applies it on the other server without storing it', async () => {
    const { bus, a, b } = servers();
    const liveA = await a.store.open(DOC);
    const liveB = await b.store.open(DOC);
    await bus.settled();

    liveA.doc.getText('t').insert(0, 'fra A');
    await a.store.whenDurable();
    await waitFor(() => text(liveB.doc) === 'fra A', 'the change on B');
    await b.store.whenDurable();

    expect(a.storage.appendCalls.flat()).toHaveLength(1);
    expect(b.storage.appendCalls).toEqual([]);
  });

  it('relays a change only once it is stored', async () => {
    const { bus, a, b } = servers();
    const liveA = await a.store.open(DOC);
    const liveB = await b.store.open(DOC);
    await bus.settled();
    a.storage.hold.append = true;

    liveA.doc.getText('t').insert(0, 'venter');
    await waitFor(() => a.storage.held.append.length === 1, 'the append to be under way');
    await bus.settled();
    expect(text(liveB.doc)).toBe('');

    a.storage.releaseAll('append');
    await waitFor(() => text(liveB.doc) === 'venter', 'the change on B once stored');
  });

  it('catches up from storage, applying only what is missing and storing nothing', async () => {
    const { bus, a, b } = servers();
    const liveA = await a.store.open(DOC);
    const liveB = await b.store.open(DOC);
    await bus.settled();
    a.relay.dropLiveUpdates = true;

    liveA.doc.getText('t').insert(0, 'bare i lageret');
    await a.store.whenDurable();
    await bus.settled();
    expect(text(liveB.doc)).toBe('');

    await b.replicas.catchUp(liveB);
    expect(text(liveB.doc)).toBe('bare i lageret');
    await b.store.whenDurable();
    expect(b.storage.appendCalls).toEqual([]);
  });

  it('subscribes while a document is loaded and unsubscribes once it is unloaded', async () => {
    const { bus, a } = servers();
    await a.store.open(DOC);
    expect(bus.subscribers(a.relay.channelOf(DOC))).toBe(1);
    a.store.release(DOC);
    await waitFor(() => !a.store.isLoaded(DOC), 'the unload');
    await waitFor(() => bus.subscribers(a.relay.channelOf(DOC)) === 0, 'the unsubscribe');
    expect(a.relay.size).toBe(0);
  });
});
