import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import { ClusterRelay } from './ClusterRelay';
import { relayedOrigin } from './DocRelay';
import { MemoryBus } from './memoryBus';
import { decodeRelayMessage } from './relayMessages';

const relays: ClusterRelay[] = [];
const presences: Awareness[] = [];
afterEach(() => {
  relays.splice(0).forEach((relay) => relay.stop());
  presences.splice(0).forEach((awareness) => awareness.destroy());
});

/** The server's presence object for a document: it has no presence of its own. */
function presenceOf(doc: Y.Doc): Awareness {
  const awareness = new Awareness(doc);
  awareness.setLocalState(null);
  presences.push(awareness);
  return awareness;
}

function node(
  bus: MemoryBus,
  nodeId: string,
  errors: string[] = [],
  now?: () => number,
): ClusterRelay {
  // A long resync interval: the tests publish summaries themselves, when they choose.
  const relay = new ClusterRelay(bus.connect(), {
    nodeId,
    prefix: 'test:',
    resyncMs: 3_600_000,
    subscribeTimeoutMs: 1,
    onError: (_error, context) => errors.push(context),
    ...(now ? { now } : {}),
  });
  relays.push(relay);
  return relay;
}

/** A replica loaded the way DocStore loads one: open the link, read "storage", attach. */
async function replica(relay: ClusterRelay, name: string, stored: Uint8Array | null = null) {
  const link = await relay.open(name);
  const doc = new Y.Doc();
  if (stored) Y.applyUpdate(doc, stored, 'storage');
  const origins: unknown[] = [];
  doc.on('update', (_update: Uint8Array, origin: unknown) => origins.push(origin));
  const catchUps = { count: 0 };
  const awareness = presenceOf(doc);
  link.attach(doc, awareness, {
    whenDurable: () => Promise.resolve(),
    catchUp: () => {
      catchUps.count++;
      return Promise.resolve();
    },
  });
  return { doc, link, origins, catchUps, awareness };
}

const text = (doc: Y.Doc) => doc.getText('t').toString();

describe('ClusterRelay', () => {
  it('applies a change made on one server to the replicas on the others, marked as relayed', async () => {
    const bus = new MemoryBus();
    const a = await replica(node(bus, 'a'), 'plan:1');
    const b = await replica(node(bus, 'b'), 'plan:1');
    const c = await replica(node(bus, 'c'), 'plan:1');
    await bus.settled();

    a.doc.getText('t').insert(0, 'hei');
    await bus.settled();

    expect(text(b.doc)).toBe('hei');
    expect(text(c.doc)).toBe('hei');
    expect(b.origins).toEqual([relayedOrigin]);
    expect(c.origins).toEqual([relayedOrigin]);
  });

  it('does not apply a relayed update that builds on one it missed: asks for what it lacks, parks nothing, converges', async () => {
    const bus = new MemoryBus();
    const a = await replica(node(bus, 'a'), 'plan:1');
    const b = await replica(node(bus, 'b'), 'plan:1');
    await bus.settled();
    let lose = true;
    bus.drop = (_channel, message) => {
      const relayed = decodeRelayMessage(message);
      if (!lose || relayed?.kind !== 'update') return false;
      lose = false;
      return true;
    };
    a.doc.getText('t').insert(0, 'hei');
    await bus.settled();
    expect(text(b.doc)).toBe('');
    a.doc.getText('t').insert(3, ' du');
    await bus.settled();
    expect(b.doc.store.pendingStructs).toBeNull();
    expect(text(b.doc)).toBe('hei du');
    expect(b.origins.every((origin) => origin === relayedOrigin)).toBe(true);
  });

  it('never publishes what it loaded from storage or received from another server', async () => {
    const bus = new MemoryBus();
    const kinds: string[] = [];
    bus.drop = (_channel, message) => {
      kinds.push(decodeRelayMessage(message)?.kind ?? 'garbage');
      return false;
    };
    const seed = new Y.Doc();
    seed.getText('t').insert(0, 'lagret');
    const stored = Y.encodeStateAsUpdate(seed);
    const a = await replica(node(bus, 'a'), 'plan:1', stored);
    await replica(node(bus, 'b'), 'plan:1', stored);
    await bus.settled();
    kinds.length = 0;

    a.doc.getText('t').insert(0, '!');
    await bus.settled();

    // One live update from a; b applies it without echoing it.
    expect(kinds).toEqual(['update']);
  });

  it('heals a lost update with the next summary', async () => {
    const bus = new MemoryBus();
    const relayA = node(bus, 'a');
    const a = await replica(relayA, 'plan:1');
    const b = await replica(node(bus, 'b'), 'plan:1');
    await bus.settled();
    bus.drop = (_channel, message) => decodeRelayMessage(message)?.kind === 'update';

    a.doc.getText('t').insert(0, 'tapt');
    await bus.settled();
    expect(text(b.doc)).toBe('');

    relayA.publishSummaries();
    await bus.settled();
    expect(text(b.doc)).toBe('tapt');
  });

  it('heals a lost deletion, which does not move the state vector', async () => {
    const bus = new MemoryBus();
    const relayB = node(bus, 'b');
    const a = await replica(node(bus, 'a'), 'plan:1');
    const b = await replica(relayB, 'plan:1');
    a.doc.getText('t').insert(0, 'abcdef');
    await bus.settled();
    expect(text(b.doc)).toBe('abcdef');
    bus.drop = (_channel, message) => decodeRelayMessage(message)?.kind === 'update';

    a.doc.getText('t').delete(1, 3);
    await bus.settled();
    expect(text(b.doc)).toBe('abcdef');

    // The replica that lacks the deletion summarises; the one that has it answers.
    relayB.publishSummaries();
    await bus.settled();
    expect(text(b.doc)).toBe('aef');
    expect(text(a.doc)).toBe('aef');
  });

  it('catches up a replica as it loads, from servers that have more than storage showed it', async () => {
    const bus = new MemoryBus();
    const a = await replica(node(bus, 'a'), 'plan:1');
    a.doc.getText('t').insert(0, 'ikke lagret ennå');
    await bus.settled();

    const late = await replica(node(bus, 'late'), 'plan:1');
    await bus.settled();
    expect(text(late.doc)).toBe('ikke lagret ennå');
  });

  it('applies what arrived while the replica was loading', async () => {
    const bus = new MemoryBus();
    const a = await replica(node(bus, 'a'), 'plan:1');
    const linkB = await node(bus, 'b').open('plan:1');
    a.doc.getText('t').insert(0, 'underveis');
    await bus.settled();

    const docB = new Y.Doc();
    linkB.attach(docB, presenceOf(docB), {
      whenDurable: () => Promise.resolve(),
      catchUp: () => Promise.resolve(),
    });
    expect(text(docB)).toBe('underveis');
  });

  it('answers a summary with at most one summary, so differing replicas cannot ping-pong', async () => {
    const bus = new MemoryBus();
    const relayA = node(bus, 'a');
    const a = await replica(relayA, 'plan:1');
    const b = await replica(node(bus, 'b'), 'plan:1');
    await bus.settled();
    bus.drop = (_channel, message) => decodeRelayMessage(message)?.kind === 'update';
    a.doc.getText('t').insert(0, 'a');
    b.doc.getText('t').insert(0, 'b');
    await bus.settled();
    bus.drop = () => false;
    const before = bus.published;

    relayA.publishSummaries();
    await bus.settled();

    // a: summary; b: diff + summary reply; a: diff. Nothing more.
    expect(bus.published - before).toBe(4);
    expect(text(a.doc)).toBe(text(b.doc));
    expect(text(a.doc)).toHaveLength(2);
  });

  it('re-reads storage once when another server holding the document falls silent', async () => {
    const bus = new MemoryBus();
    let clock = 0;
    const relayA = node(bus, 'a', [], () => clock);
    const a = await replica(relayA, 'plan:1');
    const b = await replica(node(bus, 'b'), 'plan:1');
    await bus.settled();

    clock = 3 * 3_600_000;
    relayA.publishSummaries();
    await bus.settled();
    expect(a.catchUps.count).toBe(0);

    // b dies: nothing more from it. (It might have stored a change it never got to publish.)
    b.link.close();
    clock = 5 * 3_600_000;
    relayA.publishSummaries();
    relayA.publishSummaries();
    await bus.settled();
    expect(a.catchUps.count).toBe(1);
  });

  it('relays presence both ways, without echoing what it received', async () => {
    const bus = new MemoryBus();
    const kinds: string[] = [];
    bus.drop = (_channel, message) => {
      kinds.push(`${decodeRelayMessage(message)?.node}:${decodeRelayMessage(message)?.kind}`);
      return false;
    };
    const a = await replica(node(bus, 'a'), 'plan:1');
    const b = await replica(node(bus, 'b'), 'plan:1');
    await bus.settled();
    kinds.length = 0;

    // A person on server a (their own client's awareness, applied as the server would).
    const person = new Awareness(new Y.Doc());
    presences.push(person);
    person.setLocalState({ user: { name: 'Kari' } });
    applyAwarenessUpdate(a.awareness, encodeAwarenessUpdate(person, [person.clientID]), 'peer');
    await bus.settled();
    expect(b.awareness.getStates().get(person.clientID)).toEqual({ user: { name: 'Kari' } });

    removeAwarenessStates(a.awareness, [person.clientID], 'left');
    await bus.settled();
    expect(b.awareness.getStates().has(person.clientID)).toBe(false);
    expect(kinds).toEqual(['a:awareness', 'a:awareness']);
  });

  it('publishes a change only once it is stored', async () => {
    const bus = new MemoryBus();
    const b = await replica(node(bus, 'b'), 'plan:1');
    const link = await node(bus, 'a').open('plan:1');
    const doc = new Y.Doc();
    let stored: () => void = () => undefined;
    link.attach(doc, presenceOf(doc), {
      whenDurable: () => new Promise((resolve) => (stored = resolve)),
      catchUp: () => Promise.resolve(),
    });
    await bus.settled();

    doc.getText('t').insert(0, 'lagres først');
    await bus.settled();
    expect(text(b.doc)).toBe('');

    stored();
    await bus.settled();
    expect(text(b.doc)).toBe('lagres først');
  });

  it('publishes the changes stored in one commit as one message', async () => {
    const bus = new MemoryBus();
    const b = await replica(node(bus, 'b'), 'plan:1');
    const link = await node(bus, 'a').open('plan:1');
    const doc = new Y.Doc();
    let stored: () => void = () => undefined;
    const commit = new Promise<void>((resolve) => (stored = resolve));
    link.attach(doc, presenceOf(doc), {
      whenDurable: () => commit,
      catchUp: () => Promise.resolve(),
    });
    await bus.settled();
    const before = bus.published;

    for (const word of ['en ', 'to ', 'tre'])
      doc.getText('t').insert(doc.getText('t').length, word);
    stored();
    await bus.settled();

    expect(text(b.doc)).toBe('en to tre');
    expect(bus.published - before).toBe(1);
  });

  it('re-reads storage when the subscription came on only after the replica was read', async () => {
    const bus = new MemoryBus();
    bus.holdSubscriptions = true;
    const late = await replica(node(bus, 'late'), 'plan:1');
    expect(late.catchUps.count).toBe(0);

    bus.releaseSubscriptions();
    await bus.settled();
    expect(late.catchUps.count).toBe(1);
  });

  it('stops listening when the replica closes, and ignores garbage on the channel', async () => {
    const bus = new MemoryBus();
    const errors: string[] = [];
    const relayB = node(bus, 'b', errors);
    const a = await replica(node(bus, 'a'), 'plan:1');
    const b = await replica(relayB, 'plan:1');
    await bus.settled();
    await bus.connect().publish(relayB.channelOf('plan:1'), new Uint8Array([9, 9, 9]));
    await bus.settled();

    b.link.close();
    a.doc.getText('t').insert(0, 'etter');
    await bus.settled();

    expect(text(b.doc)).toBe('');
    expect(relayB.size).toBe(0);
    expect(bus.subscribers(relayB.channelOf('plan:1'))).toBe(1);
    expect(errors).toEqual([]);
  });
});
