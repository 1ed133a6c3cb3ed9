import * as Y from 'yjs';
import type { DocHooks, DocLifecycle, LoadedDocAccess } from '../docs/DocLifecycle';
import type { LiveDoc } from '../docs/DocStore';
import { relayedOrigin, type DocRelay } from './DocRelay';
import { answerSummary, summarise } from './replicaState';

/**
 * The cluster's side of the DocStore: links every document the store loads to the relay, and
 * brings a loaded replica up to date from storage when the relay, or a workshop command under
 * its lock, needs that. The store itself knows nothing of other servers.
 */
export class ClusterReplicas implements DocLifecycle {
  /** How to catch each loaded replica up from storage, while it is loaded. */
  private readonly loaded = new WeakMap<Y.Doc, () => Promise<void>>();
  /** Storage reads made to catch up (tests and the bench look at it). */
  storageCatchUps = 0;

  constructor(private readonly relay: DocRelay) {}

  async onLoading(name: string): Promise<DocHooks> {
    // Listening before the store reads storage: a change another server makes meanwhile is not missed.
    const link = await this.relay.open(name);
    let loadedDoc: Y.Doc | null = null;
    return {
      onLoaded: (doc, awareness, access) => {
        loadedDoc = doc;
        const catchUp = () => this.catchUpFrom(access, doc);
        this.loaded.set(doc, catchUp);
        link.attach(doc, awareness, { whenDurable: () => access.whenDurable(), catchUp });
      },
      onUnloading: () => {
        if (loadedDoc) this.loaded.delete(loadedDoc);
        link.close();
      },
    };
  }

  /**
   * Brings a loaded replica up to date with storage, i.e. with every change another server made
   * durable that the relay has not delivered yet. What it adds is marked relayed: it is stored
   * already, so it is neither stored nor published again. An unloaded replica is left alone.
   */
  catchUp(live: LiveDoc): Promise<void> {
    return this.loaded.get(live.doc)?.() ?? Promise.resolve();
  }

  private async catchUpFrom(access: LoadedDocAccess, doc: Y.Doc): Promise<void> {
    this.storageCatchUps++;
    const stored = await access.readStored();
    // Unloaded meanwhile: nothing left to bring up to date.
    if (!this.loaded.has(doc)) return;
    const durable = new Y.Doc({ gc: true });
    try {
      durable.transact(() => {
        if (stored.snapshot) Y.applyUpdate(durable, stored.snapshot);
        for (const update of stored.updates) Y.applyUpdate(durable, update);
      });
      const missing = answerSummary(durable, summarise(doc)).diff;
      if (missing) Y.applyUpdate(doc, missing, relayedOrigin);
    } finally {
      durable.destroy();
    }
  }
}
