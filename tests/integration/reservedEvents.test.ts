import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, planDocName, type JoinResult } from '../../shared/protocol';
import type { ClientSocket } from '../../client/sync/SyncConnection';
import { RESERVED_EVENTS } from '../../server/realtime/reservedEvents';
import { ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';
import { rawSocket } from '../support/syncClient';
import { waitFor } from '../support/waitFor';

/**
 * Socket.IO's client refuses to emit reserved names (`disconnect`, `connect`…), but nothing on
 * the wire stops a hand-made client: these tests send the event packet itself.
 */
let server: TestServer;
let owner: { cookie: string; planId: string };
const sockets: ClientSocket[] = [];

beforeEach(async () => {
  server = await startTestServer({ seedDemo: false });
  owner = await ownerWithPlan(server);
});

afterEach(async () => {
  sockets.splice(0).forEach((s) => s.disconnect());
  await server.dispose();
});

async function connected(): Promise<ClientSocket> {
  const socket = rawSocket(server.url, owner.cookie);
  sockets.push(socket);
  await waitFor(() => socket.connected, 'socket to connect');
  return socket;
}

/** An EVENT packet (type 2) on the main namespace, written as a hostile client would. */
function sendRawEvent(socket: ClientSocket, ...data: unknown[]): void {
  (
    socket as unknown as { packet(packet: { type: number; nsp: string; data: unknown[] }): void }
  ).packet({
    type: 2,
    nsp: '/',
    data,
  });
}

const join = (socket: ClientSocket, doc: string) =>
  new Promise<JoinResult>((resolve) =>
    (socket as unknown as { emit(...args: unknown[]): void }).emit(
      'join',
      { doc, protocol: PROTOCOL_VERSION },
      resolve,
    ),
  );

describe('client events named like Socket.IO’s own', () => {
  it('a client-sent "disconnect" does not run the server’s disconnect cleanup', async () => {
    const socket = await connected();
    const doc = planDocName(owner.planId);
    expect((await join(socket, doc)).ok).toBe(true);

    sendRawEvent(socket, 'disconnect', 'client namespace disconnect');
    // Events are handled in order: had the cleanup run, the session would be closed and this
    // join refused with "connection closed".
    const again = await join(socket, doc);
    expect(again).toMatchObject({ ok: true });
    expect(socket.connected).toBe(true);
  });

  it('no reserved name reaches a server listener (a forged "error" would pass for a middleware failure)', async () => {
    const heard: string[] = [];
    server.medverk.io.on('connection', (serverSocket) => {
      for (const name of RESERVED_EVENTS) {
        if (name === 'newListener' || name === 'removeListener') continue;
        (serverSocket as unknown as { on(event: string, listener: () => void): void }).on(
          name,
          () => heard.push(name),
        );
      }
    });
    const socket = await connected();

    for (const name of RESERVED_EVENTS) sendRawEvent(socket, name, 'forged');
    // Listener bookkeeping names carry a name and a function in Node; a client can only send data.
    sendRawEvent(socket, 'newListener', 'join', 'not a function');
    sendRawEvent(socket, 'removeListener', 'join', 'not a function');

    const answer = await join(socket, planDocName(owner.planId));
    expect(answer).toMatchObject({ ok: true });
    expect(heard).toEqual([]);
    expect(socket.connected).toBe(true);
  });
});
