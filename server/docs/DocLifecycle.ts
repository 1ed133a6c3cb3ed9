import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import type { StoredDoc } from '../storage/Storage';

/**
 * The origin of a change that is stored already: another server stored it, or it was read back
 * from storage after the document loaded. The store does not append it to the log again.
 */
export const storedOrigin = Symbol('stored already');

/** What a document's lifecycle hooks may ask of the store that holds it. */
export interface LoadedDocAccess {
  /** Resolves once every change made here so far is committed. */
  whenDurable(): Promise<void>;
  /** Reads the document's stored state again (queued with the store's loads). */
  readStored(): Promise<StoredDoc>;
}

/** Told about one document from just before its storage read until it unloads. */
export interface DocHooks {
  /** The document is loaded (and its changes are appended to the log from now on). */
  onLoaded(doc: Y.Doc, awareness: Awareness, access: LoadedDocAccess): void;
  /** The document is unloading: stop listening to it. */
  onUnloading(): void;
}

/**
 * What the DocStore lets others attach to every document it loads, e.g. the cluster relay
 * (server/cluster/), which keeps replicas on several servers in step. The store knows only this.
 */
export interface DocLifecycle {
  /**
   * Called before the document is read from storage, so whoever listens elsewhere misses
   * nothing committed meanwhile. Never rejects.
   */
  onLoading(name: string): Promise<DocHooks>;
}
