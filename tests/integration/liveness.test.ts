import { afterEach, describe, expect, it } from 'vitest';
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { planDocName } from '../../shared/protocol';
import { ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';
import { connectClient, rawSocket, type TestClient } from '../support/syncClient';
import { waitFor } from '../support/waitFor';

/**
 * A TCP relay in front of the server that can go silent: it stops passing bytes both ways but
 * closes nothing, as when a laptop lid shuts or a train enters a tunnel. Neither side hears a
 * close; only the heartbeat can tell.
 */
interface SilentRelay {
  url: string;
  silence(): void;
  close(): Promise<void>;
}

async function silentRelay(target: string): Promise<SilentRelay> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  let silent = false;
  const relay: Server = createServer((client) => {
    const upstream = connect(Number(port), hostname);
    for (const [from, to] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      sockets.add(from);
      from.on('data', (chunk: Buffer) => {
        if (!silent) to.write(chunk);
      });
      from.on('error', () => to.destroy());
      from.on('close', () => {
        sockets.delete(from);
        // Once silent nothing passes, not even a close: that is what a dead link looks like.
        if (!silent) to.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(relay.address() as AddressInfo).port}`,
    silence: () => {
      silent = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        relay.close(() => resolve());
      }),
  };
}

let server: TestServer | null = null;
let relay: SilentRelay | null = null;
const clients: TestClient[] = [];

afterEach(async () => {
  clients.splice(0).forEach((client) => client.close());
  await relay?.close();
  relay = null;
  await server?.dispose();
  server = null;
});

function open(url: string, docName: string, cookie: string, name: string): TestClient {
  const client = connectClient(url, docName, cookie);
  client.provider.awareness.setLocalStateField('user', { name, color: '#0062ba' });
  clients.push(client);
  return client;
}

describe('a connection that goes silent without closing', () => {
  it('is shown offline on its side within 5 s and leaves the others’ presence within 10 s', async () => {
    server = await startTestServer({ seedDemo: false });
    const { cookie, planId } = await ownerWithPlan(server);
    const docName = planDocName(planId);
    relay = await silentRelay(server.url);
    const traveller = open(relay.url, docName, cookie, 'Kari');
    const colleague = open(server.url, docName, cookie, 'Ola');
    await Promise.all([traveller, colleague].map((client) => client.provider.whenSaved()));
    const travellerId = traveller.doc.clientID;
    await waitFor(
      () => colleague.provider.awareness.getStates().has(travellerId),
      'Kari to be present for Ola',
    );

    relay.silence();
    const silencedAt = Date.now();
    await waitFor(
      () => traveller.provider.status.state === 'offline',
      'Kari to see offline',
      8_000,
    );
    const offlineAfter = Date.now() - silencedAt;
    await waitFor(
      () => !colleague.provider.awareness.getStates().has(travellerId),
      'Kari to leave Ola’s presence',
      15_000,
    );
    const goneAfter = Date.now() - silencedAt;

    expect(offlineAfter).toBeLessThan(5_000);
    expect(goneAfter).toBeLessThan(10_000);
    expect(colleague.provider.status.state).toBe('saved');
  });
});

describe('the heartbeat', () => {
  it('is what HEARTBEAT_INTERVAL_MS / HEARTBEAT_TIMEOUT_MS say, and the client learns it from the handshake', async () => {
    server = await startTestServer({ seedDemo: false, env: { HEARTBEAT_INTERVAL_MS: '7000', HEARTBEAT_TIMEOUT_MS: '6000' } });
    const socket = rawSocket(server.url);
    try {
      await waitFor(() => socket.connected, 'the socket to connect');
      // engine.io-client keeps the handshake's values in these (private) fields.
      const engine = socket.io.engine as unknown as { _pingInterval: number; _pingTimeout: number };
      expect({ interval: engine._pingInterval, timeout: engine._pingTimeout }).toEqual({ interval: 7_000, timeout: 6_000 });
    } finally {
      socket.close();
    }
  });
});
