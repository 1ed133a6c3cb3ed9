import * as Y from 'yjs';
import * as prng from 'lib0/prng';

/**
 * Replicas of one Y.Doc joined by a network that loses nothing but keeps no order: every local
 * update is queued for every other replica and delivered when, and in whatever order, the test's
 * seeded generator says. For convergence tests; no I/O.
 */
export interface Replica {
  doc: Y.Doc;
  /** Updates sent to this replica and not yet applied. */
  inbox: Uint8Array[];
}

export interface ReplicaNetwork {
  gen: prng.PRNG;
  replicas: Replica[];
  docs: Y.Doc[];
}

/** Marks updates a replica received, so it does not send them on again. */
const REMOTE = Symbol('remote');

/** `count` replicas with client ids 1..count, so runs are reproducible from the seed alone. */
export function createNetwork(gen: prng.PRNG, count: number): ReplicaNetwork {
  const network: ReplicaNetwork = { gen, replicas: [], docs: [] };
  for (let index = 0; index < count; index++) {
    const doc = new Y.Doc();
    doc.clientID = index + 1;
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) return;
      for (const other of network.replicas) if (other.doc !== doc) other.inbox.push(update);
    });
    network.replicas.push({ doc, inbox: [] });
    network.docs.push(doc);
  }
  return network;
}

/** Applies up to `count` randomly chosen pending updates to one replica, out of order. */
export function deliver(network: ReplicaNetwork, replica: Replica, count: number): void {
  const { gen } = network;
  for (let i = 0; i < count && replica.inbox.length > 0; i++) {
    const picked = replica.inbox.splice(prng.int32(gen, 0, replica.inbox.length - 1), 1);
    for (const update of picked) Y.applyUpdate(replica.doc, update, REMOTE);
  }
}

/** A random part of one random replica's inbox. */
export function deliverSome(network: ReplicaNetwork): void {
  const replica = prng.oneOf(network.gen, network.replicas);
  deliver(network, replica, prng.int32(network.gen, 1, replica.inbox.length + 1));
}

/** Everything still in flight, replicas in random order. */
export function deliverAll(network: ReplicaNetwork): void {
  for (const replica of shuffled(network.gen, network.replicas)) {
    deliver(network, replica, Infinity);
  }
}

export function shuffled<T>(gen: prng.PRNG, items: readonly T[]): T[] {
  const rest = [...items];
  const out: T[] = [];
  while (rest.length > 0) out.push(...rest.splice(prng.int32(gen, 0, rest.length - 1), 1));
  return out;
}
