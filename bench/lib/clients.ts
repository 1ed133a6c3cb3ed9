import * as Y from 'yjs';
import WebSocket from 'ws';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebsocketProvider } from 'y-websocket';
import { SyncConnection } from '../../client/sync/SyncConnection';
import { DocProvider } from '../../client/sync/DocProvider';
import type { ServerAddress } from './servers';
import { benchText } from './benchText';

/** One editor: a Y.Doc kept in sync with `server` by that server's own client library. */
export interface BenchClient {
  doc: Y.Doc;
  /** Resolves once the first sync with the server has completed (rejects after `timeoutMs`). */
  whenSynced(timeoutMs: number): Promise<void>;
  close(): void;
}

/** Client number `index` goes to node `index mod nodes` (round-robin over a multi-node server). */
export function connectClient(server: ServerAddress, docName: string, index = 0): BenchClient {
  const doc = new Y.Doc();
  const url = server.urls[index % server.urls.length]!;
  switch (server.name) {
    case 'medverk':
      return medverkClient(url, server.cookie, docName, doc);
    case 'hocuspocus':
      return hocuspocusClient(url, docName, doc);
    case 'y-websocket':
      return yWebsocketClient(url, docName, doc);
  }
}

function medverkClient(
  url: string,
  cookie: string | null,
  docName: string,
  doc: Y.Doc,
): BenchClient {
  const connection = new SyncConnection({
    url,
    ...(cookie ? { extraHeaders: { cookie } } : {}),
  });
  const provider = new DocProvider(connection, docName, doc);
  return {
    doc,
    whenSynced: (timeoutMs) =>
      withTimeout(provider.whenSynced(), timeoutMs, `medverk sync of ${docName}`),
    close() {
      provider.destroy();
      connection.close();
    },
  };
}

function hocuspocusClient(url: string, docName: string, doc: Y.Doc): BenchClient {
  // One websocket per editor, as each browser tab would have.
  const websocketProvider = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({ websocketProvider, name: docName, document: doc });
  provider.attach();
  const synced = new Promise<void>((resolve) => {
    if (provider.isSynced) resolve();
    else provider.on('synced', () => resolve());
  });
  return {
    doc,
    whenSynced: (timeoutMs) => withTimeout(synced, timeoutMs, `hocuspocus sync of ${docName}`),
    close() {
      provider.destroy();
      websocketProvider.destroy();
    },
  };
}

function yWebsocketClient(url: string, docName: string, doc: Y.Doc): BenchClient {
  const provider = new WebsocketProvider(url, docName, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else
      provider.on('sync', (isSynced: boolean) => {
        if (isSynced) resolve();
      });
  });
  return {
    doc,
    whenSynced: (timeoutMs) => withTimeout(synced, timeoutMs, `y-websocket sync of ${docName}`),
    close() {
      provider.destroy();
    },
  };
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Polls `condition` every 20 ms until it holds or `timeoutMs` passes; returns whether it held. */
export async function pollUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return condition();
}

/** True when every doc has the same state vector and the same text in `field`. */
export function converged(docs: readonly Y.Doc[], field: string): boolean {
  const first = docs[0];
  if (!first) return true;
  const vector = Buffer.from(Y.encodeStateVector(first)).toString('base64');
  const text = benchText(first, field).toString();
  return docs.every(
    (doc) =>
      Buffer.from(Y.encodeStateVector(doc)).toString('base64') === vector &&
      benchText(doc, field).toString() === text,
  );
}
