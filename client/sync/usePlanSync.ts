import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { IndexeddbPersistence } from 'y-indexeddb';
import { planDocName } from '../../shared/protocol';
import { metaMap } from '../../shared/plan/planDoc';
import { DocProvider } from './DocProvider';
import { getConnection } from './connection';
import { NO_PROVIDER, pageSyncStore, type PageSyncState } from './pageSyncStore';

interface Session {
  planId: string;
  doc: Y.Doc;
  provider: DocProvider;
  persistence: IndexeddbPersistence;
  /** The copy kept in this browser (IndexedDB) has been read into `doc`. */
  localLoaded: boolean;
}

export interface PlanSync extends PageSyncState {
  doc: Y.Doc;
  awareness: Awareness;
  /** For the status indicator, which follows the save state by itself (see `PageSyncState`). */
  provider: DocProvider;
  /**
   * There is something trustworthy to show: the server's state, or this browser's copy when the
   * server cannot be reached. Once true it stays true for the session (no flicker on reconnect).
   */
  ready: boolean;
}

/**
 * Opens a plan for editing: a Y.Doc, its IndexedDB copy (edits made offline survive a reload
 * and merge on reconnect) and a DocProvider on the page's shared connection. Everything is
 * created in the effect and destroyed in its cleanup, so React's StrictMode double effect opens,
 * closes and reopens cleanly (the connection allows one provider per document at a time).
 */
export function usePlanSync(planId: string): PlanSync | null {
  const [session, setSession] = useState<Session | null>(null);
  const [readyFor, setReadyFor] = useState<Y.Doc | null>(null);

  useEffect(() => {
    const doc = new Y.Doc();
    const docName = planDocName(planId);
    const persistence = new IndexeddbPersistence(docName, doc);
    const provider = new DocProvider(getConnection(), docName, doc);
    let active = true;
    setSession({ planId, doc, provider, persistence, localLoaded: false });
    void persistence.whenSynced.then(() => {
      if (active)
        setSession((current) =>
          current?.doc === doc ? { ...current, localLoaded: true } : current,
        );
    });
    return () => {
      active = false;
      provider.destroy();
      void persistence.destroy();
      doc.destroy();
    };
  }, [planId]);

  const current = session?.planId === planId ? session : null;
  const provider = current?.provider ?? null;
  const store = useMemo(() => (provider ? pageSyncStore(provider) : null), [provider]);
  const state = useSyncExternalStore(
    store?.subscribe ?? subscribeToNothing,
    store?.getSnapshot ?? noProvider,
  );

  const doc = current?.doc ?? null;
  const forbidden = state.refusal === 'forbidden';
  // The server refused a change that would have damaged the plan: this browser's copy holds it,
  // so it would be sent again on every load. The copy goes; a reload brings the stored plan.
  const damaged = state.refusal === 'invalid-change';
  // A person without access does not get this browser's copy shown either.
  const unreachable = state.phase === 'offline' || (state.phase === 'refused' && !forbidden);
  const canShow =
    state.synced || (current?.localLoaded === true && (unreachable || hasContent(doc)));
  useEffect(() => {
    if (doc && canShow) setReadyFor(doc);
  }, [doc, canShow]);

  // The plan is closed to this person (never open to them, or their link was revoked): the copy
  // this browser kept for offline use goes too.
  const persistence = current?.persistence ?? null;
  useEffect(() => {
    if ((forbidden || damaged) && persistence) void persistence.clearData();
  }, [forbidden, damaged, persistence]);

  if (!current) return null;
  return {
    ...state,
    doc: current.doc,
    awareness: current.provider.awareness,
    provider: current.provider,
    ready: canShow || readyFor === current.doc,
  };
}

const subscribeToNothing = () => () => {};
const noProvider = () => NO_PROVIDER;

/** The plan's fixed structure (meta) is there, so the local copy is a real, if older, plan. */
function hasContent(doc: Y.Doc | null): boolean {
  return doc !== null && metaMap(doc).size > 0;
}
