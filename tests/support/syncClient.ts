import * as Y from 'yjs';
import { io } from 'socket.io-client';
import { wireParser } from '../../shared/protocol/wireParser';
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

export function connectClient(url: string, docName: string, cookie: string | null, doc = new Y.Doc()): TestClient {
  const connection = new SyncConnection({
    url,
    reconnectDelayMs: 50,
    reconnectDelayMaxMs: 200,
    ...(cookie ? { extraHeaders: { cookie } } : {}),
  });
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
export function rawSocket(url: string, cookie: string | null = null): ClientSocket {
  return io(url, {
    transports: ['websocket'],
    parser: wireParser,
    forceNew: true,
    reconnection: false,
    ...(cookie ? { extraHeaders: { cookie } } : {}),
  });
}

export function stateOf(doc: Y.Doc): string {
  return Buffer.from(Y.encodeStateVector(doc)).toString('base64');
}
