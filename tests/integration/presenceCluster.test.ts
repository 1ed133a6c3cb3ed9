import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import { ErrorCode, PROTOCOL_VERSION, planDocName, type JoinResult, type Problem } from '../../shared/protocol';
import type { ClientSocket } from '../../client/sync/SyncConnection';
import {
  clusterEnv,
  clusterUnavailable,
  firstAdmin,
  guestCookie,
  inviteToken,
  spawnCluster,
  type ClusterEnv,
  type NodeProcess,
} from '../support/cluster';
import { connectClient, rawSocket, type TestClient } from '../support/syncClient';
import { waitFor } from '../support/waitFor';

const unavailable = await clusterUnavailable('tests/integration/presenceCluster.test.ts');

let cluster: ClusterEnv | null = null;
const nodes: NodeProcess[] = [];
const clients: TestClient[] = [];
const sockets: ClientSocket[] = [];
let owner: { cookie: string; planId: string };

beforeAll(async () => {
  if (unavailable) return;
  cluster = await clusterEnv();
  nodes.push(...(await spawnCluster(cluster.env, 2)));
  owner = await firstAdmin(nodes[0]!);
}, 90_000);

afterAll(async () => {
  clients.forEach((client) => client.close());
  sockets.forEach((socket) => socket.disconnect());
  await Promise.all(nodes.map((node) => node.kill()));
  await cluster?.dispose();
});

type Emit = { emit(...args: unknown[]): void };

function presenceUpdate(clientId: number, clock: number, state: unknown): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, clientId);
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarString(encoder, JSON.stringify(state));
  return encoding.toUint8Array(encoder);
}

describe.skipIf(unavailable !== null)(`presence on two servers${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  it('refuses on server B a client id owned on server A, and shows the owner by their own name', async () => {
    const docName = planDocName(owner.planId);
    const token = await inviteToken(nodes[0]!.url, owner.cookie, owner.planId, 'editor');
    const kariCookie = await guestCookie(nodes[0]!.url, token, 'Kari på A');
    const malloryCookie = await guestCookie(nodes[1]!.url, token, 'Mallory på B');

    const kari = connectClient(nodes[0]!.url, docName, kariCookie);
    const watcher = connectClient(nodes[1]!.url, docName, owner.cookie);
    clients.push(kari, watcher);
    await Promise.all([kari.provider.whenSynced(), watcher.provider.whenSynced()]);
    kari.provider.awareness.setLocalStateField('user', { name: 'Kari', color: '#0b5cad' });
    const kariOnB = () => watcher.provider.awareness.getStates().get(kari.doc.clientID) as { user?: { name?: string } } | undefined;
    await waitFor(() => kariOnB()?.user?.name === 'Kari på A', "Kari's presence on server B");

    const mallory = rawSocket(nodes[1]!.url, malloryCookie);
    sockets.push(mallory);
    const problems: Problem[] = [];
    mallory.on('problem', (problem) => problems.push(problem));
    await waitFor(() => mallory.connected, 'socket to connect');
    const joined = await new Promise<JoinResult>((resolve) =>
      (mallory as unknown as Emit).emit('join', { doc: docName, protocol: PROTOCOL_VERSION }, resolve),
    );
    expect(joined).toMatchObject({ ok: true });
    const send = (update: Uint8Array) => (mallory as unknown as Emit).emit('awareness', docName, update);
    send(presenceUpdate(kari.doc.clientID, 1_000_000, { user: { name: 'Kari', color: '#0b5cad' }, focusAreaId: 'falsk' }));
    send(presenceUpdate(kari.doc.clientID, 1_000_001, null));
    await waitFor(() => problems.length === 2, 'both takeovers to be refused');
    expect(problems.map((problem) => problem.code)).toEqual([ErrorCode.PresenceTaken, ErrorCode.PresenceTaken]);

    // Mallory's own presence still goes through, under Mallory's name; Kari's is untouched.
    send(presenceUpdate(424_242, 1, { focusAreaId: null }));
    await waitFor(
      () => (kari.provider.awareness.getStates().get(424_242) as { user?: { name?: string } } | undefined)?.user?.name === 'Mallory på B',
      "Mallory's own presence on server A",
    );
    expect(kariOnB()).toMatchObject({ user: { name: 'Kari på A' } });
    expect((kariOnB() as { focusAreaId?: unknown }).focusAreaId).not.toBe('falsk');
  });
});
