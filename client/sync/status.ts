import type { ErrorCode } from '../../shared/protocol';

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
  /** Some sent updates are not yet acknowledged as durable. */
  | { state: 'saving'; pending: number }
  | { state: 'saved' }
  /** The server refused the document or a change; `code` maps to a translated message. */
  | { state: 'error'; code: ErrorCode; message: string };
