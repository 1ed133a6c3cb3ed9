import type { Problem, ErrorCode } from './errors';
import type { CommandOutcome } from '../workshop/actor';
import type { WorkshopErrorCode } from '../workshop/errors';
import type { DiscussionOutcome } from '../discussion/apply';
import type { DiscussionErrorCode } from '../discussion/errors';
import type { MyPrivateView } from '../workshop/views/privateView';
import type { PlanNotice } from './planNotice';

/** What a connection may do with a document, as decided by the server on join. */
export type Access = 'read' | 'write';

export interface JoinRequest {
  doc: string;
  protocol: number;
  /**
   * Open the document without taking part: a workshop's results page reads the workshop without
   * joining it as a participant (nobody is counted for looking).
   */
  watchOnly?: boolean;
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

/**
 * Answer to a workshop command, sent once it is applied and stored (or refused). Refusals carry
 * a workshop code (the command did not fit the workshop) or a protocol code (not joined, rate
 * limited, storage failed).
 */
export type WorkshopAck =
  | { ok: true; outcome: CommandOutcome }
  | { ok: false; code: WorkshopErrorCode | ErrorCode; message: string };

/**
 * Answer to a discussion command (comments and suggestions), sent once it is applied and stored
 * (or refused): a discussion code (the command did not fit) or a protocol code.
 */
export type DiscussionAck =
  | { ok: true; outcome: DiscussionOutcome }
  | { ok: false; code: DiscussionErrorCode | ErrorCode; message: string };

export interface ClientToServerEvents {
  join: (request: JoinRequest, ack: (result: JoinResult) => void) => void;
  leave: (doc: string) => void;
  sync: (doc: string, message: Binary, ack: (result: SyncAck) => void) => void;
  awareness: (doc: string, update: Binary) => void;
  /**
   * Asks the server to apply a workshop command (see shared/workshop/commands.ts) to the
   * workshop `doc` (`workshop:<id>`), which the connection must have joined. Nobody writes the
   * workshop document directly: it is read-only over `sync`, and changes go through here.
   */
  workshopCommand: (doc: string, command: unknown, ack: (result: WorkshopAck) => void) => void;
  /**
   * Asks the server to apply a discussion command (see shared/discussion/commands.ts) to the
   * plan's discussion `doc` (`discussion:<planId>`), which the connection must have joined. The
   * discussion document is read-only over `sync`; threads and suggestions change only here.
   */
  discussionCommand: (doc: string, command: unknown, ack: (result: DiscussionAck) => void) => void;
  /**
   * Live input inbox: asks to be told when the plan's input changes (the caller must be allowed
   * to read the inbox). Only ids travel this way; the content is read over HTTP with its checks.
   */
  watchInbox: (planId: string, ack: (result: WatchInboxResult) => void) => void;
  unwatchInbox: (planId: string) => void;
}

export type WatchInboxResult = { ok: true } | { ok: false; code: ErrorCode; message: string };

export interface ServerToClientEvents {
  sync: (doc: string, message: Binary) => void;
  awareness: (doc: string, update: Binary) => void;
  problem: (problem: Problem) => void;
  /**
   * The server changed what this connection may do with a document (a role changed or a link
   * was revoked): 'read' makes the editor read-only, null means the document was closed for it.
   */
  access: (doc: string, access: Access | null) => void;
  /**
   * This person's own share of the workshop's private data (their unrevealed notes, votes and
   * answers), sent after joining and whenever it changed. Only ever sent to that person.
   */
  workshopPrivate: (doc: string, view: MyPrivateView) => void;
  /** Inputs of a watched plan's inbox were added or changed (ids only; read them over HTTP). */
  inboxChanged: (planId: string, inputIds: string[]) => void;
  /** Told to everyone with the plan open, e.g. who restored which version (see planNotice.ts). */
  planNotice: (doc: string, notice: PlanNotice) => void;
}
