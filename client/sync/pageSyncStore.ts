import type { Access, ErrorCode } from '../../shared/protocol';
import type { DocProvider } from './DocProvider';
import { onProviderState } from './onProviderState';
import { phaseOf, type SyncPhase } from './status';

/** What the page around an open document shows of its provider: not the save state. */
export interface PageSyncState {
  phase: SyncPhase;
  /** Why the server refused the document (phase `refused`); null otherwise. */
  refusal: ErrorCode | null;
  /** What the server allows, known once joined; null before. */
  access: Access | null;
  /** The document holds the server's state and the server holds ours (until a disconnect). */
  synced: boolean;
}

/** A source for React's `useSyncExternalStore`: the snapshot is the same object until it changes. */
export interface ExternalStore<T> {
  subscribe: (onChange: () => void) => () => void;
  getSnapshot: () => T;
}

export const NO_PROVIDER: PageSyncState = {
  phase: 'connecting',
  refusal: null,
  access: null,
  synced: false,
};

function samePageState(a: PageSyncState, b: PageSyncState): boolean {
  return (
    a.phase === b.phase && a.refusal === b.refusal && a.access === b.access && a.synced === b.synced
  );
}

function read(provider: DocProvider): PageSyncState {
  const { status, access, synced } = provider;
  return {
    phase: phaseOf(status),
    refusal: status.state === 'error' ? status.code : null,
    access,
    synced,
  };
}

/**
 * A provider's state for the page: a new snapshot (a re-render of the whole open plan) only when
 * the phase, refusal, access or sync flag changes, never for "Lagrer …" → "Lagret" per keystroke.
 */
export function pageSyncStore(provider: DocProvider): ExternalStore<PageSyncState> {
  let snapshot = read(provider);
  return {
    subscribe(onChange) {
      return onProviderState(provider, onChange);
    },
    getSnapshot() {
      const next = read(provider);
      if (!samePageState(snapshot, next)) snapshot = next;
      return snapshot;
    },
  };
}
