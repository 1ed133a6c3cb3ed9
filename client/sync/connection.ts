import { SyncConnection } from './SyncConnection';

let connection: SyncConnection | null = null;

/** One Socket.IO connection per page session, shared by every open document. */
export function getConnection(): SyncConnection {
  connection ??= new SyncConnection();
  return connection;
}
