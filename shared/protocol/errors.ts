/**
 * Error codes sent by the server, shared so the client can map each to a translated message.
 * The English `message` that travels with a code is for logs and developers, never shown as is.
 */
export const ErrorCode = {
  /** The client speaks another protocol version; reload the page. */
  ProtocolMismatch: 'protocol-mismatch',
  /** A message did not have the expected shape (wrong types, missing fields). */
  BadRequest: 'bad-request',
  /** A binary payload could not be decoded as a Yjs or awareness message. */
  MalformedUpdate: 'malformed-update',
  /** A single message is larger than the server accepts. */
  MessageTooLarge: 'message-too-large',
  /** Too many messages per second from this connection; slow down and resync. */
  RateLimited: 'rate-limited',
  /** The document does not exist (or the name is not a document name). */
  UnknownDocument: 'unknown-document',
  /**
   * A message named a document this connection has not joined; also why a connection that held
   * nothing (no document, workshop or inbox) for a while is closed.
   */
  NotJoined: 'not-joined',
  /** This connection holds as many documents as it may. */
  TooManyDocuments: 'too-many-documents',
  /** This connection may read the document but not change it. */
  ReadOnly: 'read-only',
  /** This connection may not open the document at all. */
  Forbidden: 'forbidden',
  /** The server could not load or store the document; changes are kept on the client. */
  StorageFailed: 'storage-failed',
  /**
   * The change builds on changes the server has not received (one was refused or lost), so it
   * cannot be stored yet; the client starts a new handshake, which sends what is missing.
   */
  OutOfOrder: 'out-of-order',
  /**
   * The document is growing faster than the server accepts (all its editors together); the
   * change is kept on the client and sent again a little later.
   */
  GrowthLimited: 'growth-limited',
  /**
   * The change would leave the document outside its shape (a plan's focus area that is not a
   * map, an unknown root, a required field removed…). It was not applied; the client drops its
   * local copy and loads the document again.
   */
  InvalidChange: 'invalid-change',
  /**
   * A presence update named a client id that belongs to someone else (on this server or
   * another, or kept for a person who is reconnecting). Nothing in it was applied.
   */
  PresenceTaken: 'presence-taken',
  /** A presence update would have this connection use more client ids than it may. */
  PresenceLimit: 'presence-limit',
  /**
   * The server refused the connection: this address already holds as many connections without
   * a session as it may (sent with the handshake's refusal, `connect_error`). Signing in helps.
   */
  TooManyConnections: 'too-many-connections',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface Problem {
  code: ErrorCode;
  message: string;
  /** The document the problem concerns, when there is one. */
  doc?: string;
}
