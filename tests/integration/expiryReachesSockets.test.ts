import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import {
  ErrorCode,
  PROTOCOL_VERSION,
  planDocName,
  type JoinResult,
  type Problem,
  type SyncAck,
} from '../../shared/protocol';
import { addFocusArea } from '../../shared/plan/focusAreas';
import type { ClientSocket } from '../../client/sync/SyncConnection';
import { SESSION_COOKIE } from '../../server/auth/sessions';
import { hashToken, newToken } from '../../server/auth/tokens';
import { ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';
import { rawSocket } from '../support/syncClient';
import { joinAsGuest } from '../support/people';
import { waitFor } from '../support/waitFor';

/** Short enough to wait for, long enough to connect and join first. */
const LIFETIME_MS = 1_500;

let server: TestServer;
let owner: { cookie: string; planId: string; userId: string };
let docName: string;
const sockets: ClientSocket[] = [];

beforeEach(async () => {
  server = await startTestServer({ seedDemo: false });
  owner = await ownerWithPlan(server);
  docName = planDocName(owner.planId);
});

afterEach(async () => {
  sockets.splice(0).forEach((s) => s.disconnect());
  await server.dispose();
});

type Emit = { emit(...args: unknown[]): void };
type On = { on(event: string, listener: (...args: unknown[]) => void): void };

/** A connected socket and what the server told it, in order. */
async function connect(cookie: string): Promise<{ socket: ClientSocket; heard: string[] }> {
  const socket = rawSocket(server.url, cookie);
  sockets.push(socket);
  const heard: string[] = [];
  const on = (socket as unknown as On).on.bind(socket);
  on('access', (doc, access) => heard.push(`access ${String(doc)} ${String(access)}`));
  on('problem', (problem) => heard.push(`problem ${(problem as Problem).code}`));
  on('disconnect', () => heard.push('disconnected'));
  await waitFor(() => socket.connected, 'the socket to connect');
  return { socket, heard };
}

const join = (s: ClientSocket) =>
  new Promise<JoinResult>((resolve) =>
    (s as unknown as Emit).emit('join', { doc: docName, protocol: PROTOCOL_VERSION }, resolve),
  );
const write = (s: ClientSocket, title: string) => {
  const doc = new Y.Doc();
  addFocusArea(doc, { title });
  const encoder = encoding.createEncoder();
  syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(doc));
  return new Promise<SyncAck>((resolve) =>
    (s as unknown as Emit).emit('sync', docName, encoding.toUint8Array(encoder), resolve),
  );
};

/** A guest let in through an editor link that runs out `LIFETIME_MS` from now. */
async function guestWithShortInvite(name: string): Promise<string> {
  const token = newToken();
  await server.medverk.storage.invites.createInvite({
    id: `short-${name}`,
    planId: owner.planId,
    tokenHash: hashToken(token),
    role: 'editor',
    label: '',
    createdBy: owner.userId,
    createdAt: Date.now(),
    expiresAt: Date.now() + LIFETIME_MS,
    maxUses: null,
    uses: 0,
    revokedAt: null,
  });
  return joinAsGuest(server, token, name);
}

/** The owner's own session, but one that runs out `LIFETIME_MS` from now. */
async function shortStaffSession(): Promise<string> {
  const token = newToken();
  await server.medverk.storage.accounts.createSession({
    tokenHash: hashToken(token),
    userId: owner.userId,
    guestId: null,
    createdAt: Date.now(),
    expiresAt: Date.now() + LIFETIME_MS,
  });
  return `${SESSION_COOKIE}=${token}`;
}

/** Closed as a revoked session is: the document withdrawn with a reason first, then the line. */
const CLOSED_FOR_CAUSE = () => [
  `access ${docName} null`,
  `problem ${ErrorCode.Forbidden}`,
  'disconnected',
];

describe('expiry reaches open connections', () => {
  it('a guest whose invitation expires is cut off then, and cannot come back in', async () => {
    const cookie = await guestWithShortInvite('Eva');
    const { socket, heard } = await connect(cookie);
    expect(await join(socket)).toEqual({ ok: true, access: 'write' });
    expect(await write(socket, 'Før utløp')).toEqual({ ok: true });

    await waitFor(
      () => heard.includes('disconnected'),
      'the guest to be cut off at expiry',
      LIFETIME_MS + 3_000,
    );
    expect(heard).toEqual(CLOSED_FOR_CAUSE());

    // The same cookie opens nothing any more.
    const again = await connect(cookie);
    expect(await join(again.socket)).toMatchObject({ ok: false, code: ErrorCode.Forbidden });
    expect(await write(again.socket, 'Etter utløp')).toMatchObject({ ok: false });
  });

  it('a staff session that expires while its socket is open is closed too', async () => {
    const cookie = await shortStaffSession();
    const { socket, heard } = await connect(cookie);
    expect(await join(socket)).toEqual({ ok: true, access: 'write' });

    await waitFor(
      () => heard.includes('disconnected'),
      'the staff socket to be closed at expiry',
      LIFETIME_MS + 3_000,
    );
    expect(heard).toEqual(CLOSED_FOR_CAUSE());
    const again = await connect(cookie);
    expect(await join(again.socket)).toMatchObject({ ok: false, code: ErrorCode.Forbidden });
  });

  it('leaves a connection whose session is still valid untouched', async () => {
    const valid = await connect(owner.cookie);
    expect(await join(valid.socket)).toEqual({ ok: true, access: 'write' });
    const expiring = await connect(await guestWithShortInvite('Olav'));
    expect(await join(expiring.socket)).toEqual({ ok: true, access: 'write' });

    await waitFor(
      () => expiring.heard.includes('disconnected'),
      'the guest to be cut off at expiry',
      LIFETIME_MS + 3_000,
    );
    expect(valid.socket.connected).toBe(true);
    expect(valid.heard).toEqual([]);
    expect(await write(valid.socket, 'Fortsatt i arbeid')).toEqual({ ok: true });
  });
});
