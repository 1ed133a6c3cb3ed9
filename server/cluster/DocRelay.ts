import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { storedOrigin } from '../docs/DocLifecycle';

/**
 * The origin of an update (or a presence change) that came from another server, or from
 * storage after the replica loaded. It is stored already (the DocStore's `storedOrigin`), so
 * here it is neither stored again nor relayed again; the room still forwards it to the people
 * connected to this server.
 */
export const relayedOrigin: typeof storedOrigin = storedOrigin;

/**
 * How replicas are kept in step with other servers' replicas of the same documents. The
 * DocStore sees it only as its `DocLifecycle` (`ClusterReplicas`); Redis stays in `server/cluster/`.
 */
export interface DocRelay {
  /**
   * Starts listening for a document before it is read from storage, so nothing another server
   * publishes meanwhile is missed. Never rejects: without the relay the periodic resync heals.
   */
  open(name: string): Promise<RelayLink>;
}

export interface RelayLink {
  /**
   * The replica is loaded: apply what arrived while it loaded, publish its own changes from now
   * on, and ask the other servers for anything it still lacks.
   */
  attach(doc: Y.Doc, awareness: Awareness, storage: ReplicaStorage): void;
  /** The replica is unloading: stop listening and publishing. */
  close(): void;
}

/** What the relay needs of the store that holds the replica. */
export interface ReplicaStorage {
  /**
   * Resolves once every change made here so far is stored. The relay publishes a change only
   * then, so a change another server receives is always durable already.
   */
  whenDurable(): Promise<void>;
  /**
   * Re-reads storage and applies what the replica lacks (as relayed). The relay calls it when it
   * may have missed a change that no other live replica can give it: a server holding the
   * document fell silent (killed after storing a change it never got to publish), or the
   * subscription only started after the replica was read from storage.
   */
  catchUp(): Promise<void>;
}
