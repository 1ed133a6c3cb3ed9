import * as Y from 'yjs';
import { io } from 'socket.io-client';
import { SyncConnection } from '../../client/sync/SyncConnection';
import { DocProvider } from '../../client/sync/DocProvider';
import type { ClientSocket } from '../../client/sync/SyncConnection';

/** A real client as the browser runs it (SyncConnection + DocProvider), driven from Node. */
export interface TestClient {
  doc: Y.Doc;
  connection: SyncConnection;
  provider: DocProvider;
  close(): void;
}

export function connectClient(url: string, docName: string, doc = new Y.Doc()): TestClient {
  const connection = new SyncConnection({ url, reconnectDelayMs: 50, reconnectDelayMaxMs: 200 });
  const provider = new DocProvider(connection, docName, doc);
  return {
    doc,
    connection,
    provider,
    close() {
      provider.destroy();
      connection.close();
    },
  };
}

/** A bare socket for sending what a well-behaved client never would. */
export function rawSocket(url: string): ClientSocket {
  return io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
}

export function stateOf(doc: Y.Doc): string {
  return Buffer.from(Y.encodeStateVector(doc)).toString('base64');
}
