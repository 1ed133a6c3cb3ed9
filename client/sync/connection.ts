import { SyncConnection } from './SyncConnection';

let connection: SyncConnection | null = null;

/** One Socket.IO connection per page session, shared by every open document. */
export function getConnection(): SyncConnection {
  connection ??= new SyncConnection();
  return connection;
}

/**
 * Closes the connection after the person changed (login, logout, joining through a link): the
 * server knows a socket by the session cookie of its handshake. The next document opens a new one.
 */
export function resetConnection(): void {
  connection?.close();
  connection = null;
}
