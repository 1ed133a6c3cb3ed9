import type { ErrorCode, Problem } from '../../shared/protocol';

/**
 * What a person can trust about their changes to one document. "saved" is only reached when the
 * server has acknowledged every sent update after committing it to storage.
 */
export type SyncStatus =
  | { state: 'connecting' }
  /** No connection; edits stay in this browser (IndexedDB) and are sent on reconnect. */
  | { state: 'offline' }
  /** Connected, exchanging state vectors with the server. */
  | { state: 'syncing' }
  /** Some changes are not yet acknowledged as durable (sent, or waiting to go out). */
  | { state: 'saving'; pending: number }
  /**
   * The server refused a change (rate limit, storage failure, out of order…): it is kept here
   * and sent again by a resync; "saved" only returns once a resync finished with every ack ok.
   */
  | { state: 'retrying'; code: ErrorCode }
  | { state: 'saved' }
  /**
   * Retrying cannot help: the document or the right to change it was refused, or a change is
   * larger than any catch-up may be. `code` maps to a translated message.
   */
  | { state: 'error'; code: ErrorCode; message: string };

/** What the status is made of, as a provider knows it. */
export interface StatusFacts {
  /** A refusal no resync can heal. */
  refusal: Problem | null;
  connected: boolean;
  everConnected: boolean;
  /** Joined, holding the server's state, and the server ours. */
  synced: boolean;
  /** A refused change waiting for its resync (or a piece waiting to be sent again). */
  failure: ErrorCode | null;
  /** Changes not yet acknowledged as stored. */
  pending: number;
}

export function statusOf(facts: StatusFacts): SyncStatus {
  const { refusal } = facts;
  if (refusal) return { state: 'error', code: refusal.code, message: refusal.message };
  if (!facts.connected) return facts.everConnected ? { state: 'offline' } : { state: 'connecting' };
  // Before the sync too: a join refused for a passing reason (storage down) is being retried.
  if (facts.failure) return { state: 'retrying', code: facts.failure };
  if (!facts.synced) return { state: 'syncing' };
  if (facts.pending > 0) return { state: 'saving', pending: facts.pending };
  return { state: 'saved' };
}

/** Equal for display: a new status is emitted only when this is false. */
export function sameStatus(a: SyncStatus, b: SyncStatus): boolean {
  if (a.state !== b.state) return false;
  if (a.state === 'saving' && b.state === 'saving') return a.pending === b.pending;
  if (a.state === 'retrying' && b.state === 'retrying') return a.code === b.code;
  return true;
}

/**
 * The status as far as the page around a document depends on it. "saving" and "saved" alternate
 * with every keystroke (and "retrying" passes by itself) while the page looks the same: all three
 * are `live`, so the page does not re-render per keystroke. Only the status indicator tells them
 * apart, and it follows the provider by itself.
 */
export type SyncPhase = 'connecting' | 'offline' | 'syncing' | 'live' | 'refused';

export function phaseOf(status: SyncStatus): SyncPhase {
  switch (status.state) {
    case 'saving':
    case 'saved':
    case 'retrying':
      return 'live';
    case 'error':
      return 'refused';
    default:
      return status.state;
  }
}
