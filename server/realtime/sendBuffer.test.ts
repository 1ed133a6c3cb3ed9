import { describe, it, expect, afterEach } from 'vitest';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { io as connect, type Socket as ClientSocket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol';
import { wireParser } from '../../shared/protocol/wireParser';
import { waitFor } from '../testing/waitFor';
import { queuedBytes, sendPressure } from './sendBuffer';
import { createSyncServer, socketBroadcaster, socketPeer, type SyncServer } from './socketEdge';

type Client = ClientSocket<ServerToClientEvents, ClientToServerEvents>;

describe('queuedBytes and sendPressure', () => {
  it("counts engine.io's write buffer (strings and binary) and the websocket's buffered amount", () => {
    const conn = {
      writeBuffer: [
        { data: 'abcd' },
        { data: new Uint8Array(10) },
        { data: new ArrayBuffer(6) },
        {},
      ],
      transport: { socket: { bufferedAmount: 100 } },
    };
    expect(queuedBytes(conn)).toBe(120);
    expect(queuedBytes({})).toBe(0);
    const limits = { softBytes: 50, hardBytes: 119 };
    expect(sendPressure(conn, limits)).toBe('hard');
    expect(sendPressure(conn, { softBytes: 50, hardBytes: 120 })).toBe('soft');
    expect(sendPressure(conn, { softBytes: 120, hardBytes: 200 })).toBe('ok');
  });
});

describe('a slow socket (real Socket.IO)', () => {
  let http: HttpServer | null = null;
  let server: SyncServer | null = null;
  const clients: Client[] = [];
  const cleanups: (() => void)[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.disconnect();
    // The paused reader never finishes a close handshake: cut its TCP connection.
    for (const cleanup of cleanups.splice(0)) cleanup();
    await server?.close();
    server = null;
    http = null;
  });

  it('first misses presence, then is disconnected, while a fast socket gets everything', async () => {
    http = createServer();
    const io = createSyncServer(http);
    server = io;
    io.on('connection', (socket) => void socket.join('plan:p'));
    await new Promise<void>((resolve) => http!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const open = () => {
      const client: Client = connect(url, {
        transports: ['websocket'],
        parser: wireParser,
        forceNew: true,
        reconnection: false,
      });
      clients.push(client);
      return client;
    };
    const fast = open();
    const slow = open();
    await waitFor(
      () => fast.connected && slow.connected && io.of('/').adapter.rooms.get('plan:p')?.size === 2,
      'both to join',
    );
    const slowOnServer = io.of('/').sockets.get(slow.id!)!;
    const fastOnServer = io.of('/').sockets.get(fast.id!)!;
    const limits = { softBytes: 256 * 1024, hardBytes: 2 * 1024 * 1024 };
    const broadcaster = socketBroadcaster(io, limits);

    let fastSync = 0;
    let fastAwareness = 0;
    fast.on('sync', () => fastSync++);
    fast.on('awareness', () => fastAwareness++);
    let slowAwareness = 0;
    slow.on('awareness', () => slowAwareness++);
    let slowGone: string | null = null;
    slowOnServer.on('disconnect', (reason) => (slowGone = reason));

    // The slow reader stops reading from its TCP socket; the server's queue for it grows.
    const transport = slow.io.engine.transport as unknown as {
      ws: { _socket: { pause(): void; destroy(): void } };
    };
    const tcp = transport.ws._socket;
    tcp.pause();
    cleanups.push(() => tcp.destroy());

    const chunk = new Uint8Array(64 * 1024);
    let sent = 0;
    const sendOne = async () => {
      broadcaster.broadcast('plan:p', null, 'sync', 'plan:p', chunk);
      sent++;
      // The fast reader keeps up: its queue never reaches the soft limit.
      await waitFor(() => fastSync === sent, 'the fast reader to receive the chunk');
      expect(sendPressure(fastOnServer.conn, limits)).toBe('ok');
    };
    while (sendPressure(slowOnServer.conn, limits) === 'ok') await sendOne();

    // Over the soft limit: presence goes to the fast reader only.
    const queued = queuedBytes(slowOnServer.conn);
    broadcaster.broadcast('plan:p', null, 'awareness', 'plan:p', new Uint8Array(16 * 1024));
    await waitFor(() => fastAwareness === 1, 'presence to reach the fast reader');
    expect(queuedBytes(slowOnServer.conn)).toBeLessThanOrEqual(queued);
    // The same through the slow socket's own peer: presence dropped, edits still queued.
    const peer = socketPeer(slowOnServer, limits);
    peer.send('awareness', 'plan:p', new Uint8Array(16 * 1024));
    expect(queuedBytes(slowOnServer.conn)).toBeLessThanOrEqual(queued);
    peer.send('sync', 'plan:p', chunk);
    expect(queuedBytes(slowOnServer.conn)).toBeGreaterThan(queued);

    // Edits keep coming: past the hard limit the slow socket is disconnected (it resyncs on reconnect).
    while (!slowGone) {
      expect(sent).toBeLessThan(2_000);
      await sendOne();
    }
    // Closed by the send-buffer cap, not by a missed heartbeat.
    expect(slowGone).toBe('server namespace disconnect');
    expect(slowAwareness).toBe(0);
    expect(fast.connected).toBe(true);
    await sendOne();

    // A socket's own peer closes it too once it is over the hard limit (here: any queue at all).
    let fastGone: string | null = null;
    fastOnServer.on('disconnect', (reason) => (fastGone = reason));
    socketPeer(fastOnServer, { softBytes: -2, hardBytes: -1 }).send('sync', 'plan:p', chunk);
    await waitFor(() => fastGone, 'the fast socket to be closed by its peer');
    expect(fastGone).toBe('server namespace disconnect');
    expect(fastSync).toBe(sent);
  });
});
