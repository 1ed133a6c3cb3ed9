import { SyncConnection } from './SyncConnection';
import { onPersonChange } from './connectionReset';

let connection: SyncConnection | null = null;

/**
 * One Socket.IO connection per page session and person, shared by every open document. The
 * server knows a socket by the session cookie of its handshake, so after a login, a logout or
 * joining through a link the connection is closed (`closeConnectionsForNewPerson`) and the next
 * document opens a new one.
 */
export function getConnection(): SyncConnection {
  if (connection) return connection;
  const created = new SyncConnection();
  connection = created;
  onPersonChange(() => {
    created.close();
    if (connection === created) connection = null;
  });
  return created;
}
