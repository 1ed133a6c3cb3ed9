import type { Problem, ErrorCode } from './errors';

/** What a connection may do with a document, as decided by the server on join. */
export type Access = 'read' | 'write';

export interface JoinRequest {
  doc: string;
  protocol: number;
}

export type JoinResult = { ok: true; access: Access } | { ok: false; code: ErrorCode; message: string };

/**
 * Answer to a sync message. For updates it arrives only after the change is committed to
 * storage, so a client may show "saved" when every sent update has been answered ok.
 */
export type SyncAck = { ok: true } | { ok: false; code: ErrorCode; message: string };

/**
 * Binary payloads are y-protocols messages: `sync` carries sync step 1, sync step 2 or update
 * (y-protocols/sync framing), `awareness` carries an awareness update. In Node they arrive as
 * Buffer and in browsers as ArrayBuffer; both sides wrap them in Uint8Array.
 */
export type Binary = Uint8Array | ArrayBuffer;

export interface ClientToServerEvents {
  join: (request: JoinRequest, ack: (result: JoinResult) => void) => void;
  leave: (doc: string) => void;
  sync: (doc: string, message: Binary, ack: (result: SyncAck) => void) => void;
  awareness: (doc: string, update: Binary) => void;
}

export interface ServerToClientEvents {
  sync: (doc: string, message: Binary) => void;
  awareness: (doc: string, update: Binary) => void;
  problem: (problem: Problem) => void;
  /**
   * The server changed what this connection may do with a document (a role changed or a link
   * was revoked): 'read' makes the editor read-only, null means the document was closed for it.
   */
  access: (doc: string, access: Access | null) => void;
}
