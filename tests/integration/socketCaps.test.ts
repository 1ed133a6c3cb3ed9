import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { io } from 'socket.io-client';
import { ErrorCode, PROTOCOL_VERSION, planDocName, type JoinResult, type Problem } from '../../shared/protocol';
import { wireParser } from '../../shared/protocol/wireParser';
import { SyncConnection, type ClientSocket } from '../../client/sync/SyncConnection';
import { DocProvider } from '../../client/sync/DocProvider';
import { ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';
import { createInvite, joinAsGuest } from '../support/people';
import { waitFor } from '../support/waitFor';

/**
 * Connections themselves are limited: sockets without a session per client address (the address
 * HTTP's limits use, TRUST_PROXY-aware), and the time any socket may hold nothing. The real client
 * backs off when refused and comes back when it needs a document.
 */

const DEFAULT_CAP = 20;

let server: TestServer | null = null;
const sockets: ClientSocket[] = [];
const connections: SyncConnection[] = [];

afterEach(async () => {
  sockets.splice(0).forEach((socket) => socket.disconnect());
  connections.splice(0).forEach((connection) => connection.close());
  await server?.dispose();
  server = null;
});

async function start(env: Record<string, string> = {}): Promise<TestServer> {
  server = await startTestServer({ seedDemo: false, env: { LOG_LEVEL: 'error', ...env } });
  return server;
}

/** 'connected', or the code (else the message) the handshake was refused with. */
type Outcome = string;

/** A bare socket that does not retry, and how its handshake ended: connected, or the refusal's code. */
function open(url: string, headers: Record<string, string> = {}): { socket: ClientSocket; outcome: Promise<Outcome> } {
  const socket: ClientSocket = io(url, {
    transports: ['websocket'],
    parser: wireParser,
    forceNew: true,
    reconnection: false,
    extraHeaders: headers,
  });
  sockets.push(socket);
  const outcome = new Promise<Outcome>((resolve) => {
    socket.once('connect', () => resolve('connected'));
    socket.once('connect_error', (error: Error & { data?: { code?: string } }) => resolve(error.data?.code ?? error.message));
  });
  return { socket, outcome };
}

const cookieHeader = (cookie: string) => ({ cookie });

type Emit = { emit(...args: unknown[]): void };

function join(socket: ClientSocket, doc: string): Promise<JoinResult> {
  return new Promise((resolve) => (socket as unknown as Emit).emit('join', { doc, protocol: PROTOCOL_VERSION }, resolve));
}

function watchInbox(socket: ClientSocket, planId: string): Promise<{ ok: boolean }> {
  return new Promise((resolve) => (socket as unknown as Emit).emit('watchInbox', planId, resolve));
}

const count = (outcomes: Outcome[], value: Outcome) => outcomes.filter((outcome) => outcome === value).length;

describe('sockets without a session, per address', () => {
  // 500 handshakes in one process take several seconds on a busy machine.
  it(`refuses all but ${DEFAULT_CAP} of 500 from one address; people signed in from it still connect`, async () => {
    const medverk = await start();
    const outcomes = await Promise.all(Array.from({ length: 500 }, () => open(medverk.url).outcome));
    expect(count(outcomes, 'connected')).toBe(DEFAULT_CAP);
    expect(count(outcomes, ErrorCode.TooManyConnections)).toBe(500 - DEFAULT_CAP);

    const owner = await ownerWithPlan(medverk);
    expect(await open(medverk.url, cookieHeader(owner.cookie)).outcome).toBe('connected');
    const { token } = await createInvite(medverk, owner.cookie, owner.planId, { role: 'participant', expiresInHours: 24, maxUses: 1 });
    const guest = await joinAsGuest(medverk, token, 'Elev');
    expect(await open(medverk.url, cookieHeader(guest)).outcome).toBe('connected');
    // A session cookie that names no session counts as none.
    expect(await open(medverk.url, cookieHeader('medverk_session=not-a-session')).outcome).toBe(ErrorCode.TooManyConnections);
  }, 90_000);

  it('gives a place back when a socket closes', async () => {
    const medverk = await start({ MAX_ANONYMOUS_SOCKETS_PER_ADDRESS: '2' });
    const first = open(medverk.url);
    const second = open(medverk.url);
    expect([await first.outcome, await second.outcome]).toEqual(['connected', 'connected']);
    expect(await open(medverk.url).outcome).toBe(ErrorCode.TooManyConnections);
    first.socket.disconnect();
    await waitFor(async () => (await open(medverk.url).outcome) === 'connected', 'a place to free up');
  });

  it('counts the address a trusted proxy vouches for, not what the client wrote into X-Forwarded-For', async () => {
    const medverk = await start({ MAX_ANONYMOUS_SOCKETS_PER_ADDRESS: '3', TRUST_PROXY: 'loopback' });
    // As nginx appends: a spoofed left part the client picks anew each time, then the address nginx saw.
    const spoofed = (i: number) => ({ 'x-forwarded-for': `10.${i}.${i}.${i}, 198.51.100.7` });
    const outcomes = await Promise.all([0, 1, 2, 3, 4].map((i) => open(medverk.url, spoofed(i)).outcome));
    expect(count(outcomes, 'connected')).toBe(3);
    expect(count(outcomes, ErrorCode.TooManyConnections)).toBe(2);
    // Another client behind the same proxy has places of its own.
    expect(await open(medverk.url, { 'x-forwarded-for': '198.51.100.8' }).outcome).toBe('connected');
  });

  it('ignores X-Forwarded-For without TRUST_PROXY: every socket is the one address it came from', async () => {
    const medverk = await start({ MAX_ANONYMOUS_SOCKETS_PER_ADDRESS: '3' });
    const outcomes = await Promise.all(
      [0, 1, 2, 3, 4].map((i) => open(medverk.url, { 'x-forwarded-for': `198.51.100.${i}` }).outcome),
    );
    expect(count(outcomes, 'connected')).toBe(3);
  });
});

describe('a socket that holds nothing', () => {
  const TIMEOUT_MS = '300';

  /** A connected socket and what it heard: problems' codes, then its disconnect reason. */
  async function connected(url: string, cookie: string | null) {
    const { socket, outcome } = open(url, cookie ? cookieHeader(cookie) : {});
    expect(await outcome).toBe('connected');
    const heard: string[] = [];
    socket.on('problem', (problem: Problem) => heard.push(problem.code));
    socket.on('disconnect', (reason) => heard.push(`disconnect: ${reason}`));
    return { socket, heard };
  }

  it('is closed after the join timeout, saying why; sockets holding a plan or an inbox stay', async () => {
    const medverk = await start({ SOCKET_JOIN_TIMEOUT_MS: TIMEOUT_MS });
    const owner = await ownerWithPlan(medverk);
    const idle = await connected(medverk.url, owner.cookie);
    const editing = await connected(medverk.url, owner.cookie);
    const watching = await connected(medverk.url, owner.cookie);
    expect((await join(editing.socket, planDocName(owner.planId))).ok).toBe(true);
    expect((await watchInbox(watching.socket, owner.planId)).ok).toBe(true);

    await waitFor(() => !idle.socket.connected, 'the idle socket to be closed');
    expect(idle.heard).toEqual([ErrorCode.NotJoined, 'disconnect: io server disconnect']);
    // Opened later and closed later: the others have outlived the timeout more than once by then.
    const later = await connected(medverk.url, owner.cookie);
    await waitFor(() => !later.socket.connected, 'a later idle socket to be closed');
    expect(editing.socket.connected).toBe(true);
    expect(watching.socket.connected).toBe(true);
    expect(editing.heard).toEqual([]);
  });

  it('is closed again once it has left everything', async () => {
    const medverk = await start({ SOCKET_JOIN_TIMEOUT_MS: TIMEOUT_MS });
    const owner = await ownerWithPlan(medverk);
    const leaving = await connected(medverk.url, owner.cookie);
    expect((await join(leaving.socket, planDocName(owner.planId))).ok).toBe(true);
    (leaving.socket as unknown as Emit).emit('leave', planDocName(owner.planId));
    await waitFor(() => !leaving.socket.connected, 'the socket that left everything to be closed');
    expect(leaving.heard).toEqual([ErrorCode.NotJoined, 'disconnect: io server disconnect']);
  });

  it('without a session is closed too, and gives its place back', async () => {
    const medverk = await start({ SOCKET_JOIN_TIMEOUT_MS: TIMEOUT_MS, MAX_ANONYMOUS_SOCKETS_PER_ADDRESS: '1' });
    const idle = await connected(medverk.url, null);
    expect(await open(medverk.url).outcome).toBe(ErrorCode.TooManyConnections);
    // Joining something it may not open is not holding it.
    expect((await join(idle.socket, planDocName('no-such-plan'))).ok).toBe(false);
    await waitFor(() => !idle.socket.connected, 'the idle socket to be closed');
    await waitFor(async () => (await open(medverk.url).outcome) === 'connected', 'its place to be free again');
  });
});

describe('the client', () => {
  it('backs off when refused (no tight loop) and gets in once a place is free', async () => {
    const medverk = await start({ MAX_ANONYMOUS_SOCKETS_PER_ADDRESS: '1' });
    const holder = open(medverk.url);
    expect(await holder.outcome).toBe('connected');

    const connection = new SyncConnection({ url: medverk.url });
    connections.push(connection);
    const refusals: number[] = [];
    connection.socket.on('connect_error', () => refusals.push(Date.now()));
    await waitFor(() => refusals.length >= 2, 'the client to be refused twice', 15_000);
    // The first retry waits a second (±50 %): a client that looped would have tried hundreds of times.
    expect(refusals[1]! - refusals[0]!).toBeGreaterThanOrEqual(450);
    expect(connection.connected).toBe(false);

    holder.socket.disconnect();
    await waitFor(() => connection.connected, 'the client to get in once a place is free', 15_000);
  });

  it('opens its connection again for the next document after the server closed it for holding nothing', async () => {
    const medverk = await start({ SOCKET_JOIN_TIMEOUT_MS: '300' });
    const owner = await ownerWithPlan(medverk);
    const connection = new SyncConnection({ url: medverk.url, extraHeaders: { cookie: owner.cookie } });
    connections.push(connection);
    const docName = planDocName(owner.planId);

    const first = new DocProvider(connection, docName, new Y.Doc());
    await first.whenSynced();
    first.destroy();
    await waitFor(() => !connection.socket.active, 'the server to close the unused connection');

    const next = new DocProvider(connection, docName, new Y.Doc());
    await waitFor(() => next.synced, 'the next document to open on the same connection');
    next.destroy();
  });
});
