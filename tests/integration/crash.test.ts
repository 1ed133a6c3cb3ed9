import { afterEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { PROTOCOL_VERSION, planDocName, type JoinResult, type SyncAck } from '../../shared/protocol';
import { addFocusArea, listFocusAreas } from '../../shared/plan/focusAreas';
import { spawnServer, type ServerProcess } from '../support/serverProcess';
import { connectClient, rawSocket } from '../support/syncClient';
import { api, sessionCookieFrom, tempDataDir } from '../support/testServer';
import { waitFor } from '../support/waitFor';

const running: ServerProcess[] = [];
const dataDirs: string[] = [];

afterEach(async () => {
  for (const server of running.splice(0)) {
    server.child.kill('SIGKILL');
    await server.exited;
  }
  dataDirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

describe('a server killed mid-edit', () => {
  it('loses no acknowledged edit', async () => {
    const dataDir = tempDataDir();
    dataDirs.push(dataDir);
    const first = await spawnServer(dataDir);
    running.push(first);
    // The first administrator, created through the printed one-time link, owns the demo plan.
    const token = new URL(first.setupUrl!).hash.slice(1);
    const setup = await api(first.url, null)('/api/setup', {
      method: 'POST',
      body: { token, email: 'admin@asker.kommune.no', name: 'Admin', password: 'et-langt-passord' },
    });
    expect(setup.status).toBe(201);
    const cookie = sessionCookieFrom(setup);
    const plans = (await (await api(first.url, cookie)('/api/plans')).json()) as { plans: { id: string }[] };
    const docName = planDocName(plans.plans[0]!.id);

    const socket = rawSocket(first.url, cookie);
    const joined = await new Promise<JoinResult>((resolve) =>
      socket.emit('join', { doc: docName, protocol: PROTOCOL_VERSION }, resolve),
    );
    expect(joined.ok).toBe(true);

    // A storm of edits, each its own update with its own ack; the server dies in the middle.
    const local = new Y.Doc();
    const acknowledged: string[] = [];
    let sent = 0;
    const storm = (async () => {
      while (socket.connected && sent < 2_000) {
        let update: Uint8Array = new Uint8Array();
        const capture = (u: Uint8Array) => (update = u);
        local.once('update', capture);
        const id = addFocusArea(local, { title: `Endring ${sent}` });
        sent++;
        const encoder = encoding.createEncoder();
        syncProtocol.writeUpdate(encoder, update);
        void new Promise<SyncAck>((resolve) => socket.emit('sync', docName, encoding.toUint8Array(encoder), resolve)).then(
          (ack) => ack.ok && acknowledged.push(id),
        );
        if (sent % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await waitFor(() => acknowledged.length >= 100, '100 acknowledged edits');
    first.child.kill('SIGKILL');
    await first.exited;
    await storm;
    socket.disconnect();
    const ackedAtCrash = [...acknowledged];
    expect(ackedAtCrash.length).toBeGreaterThanOrEqual(100);

    const second = await spawnServer(dataDir);
    running.push(second);
    const reader = connectClient(second.url, docName, cookie);
    try {
      await reader.provider.whenSynced();
      const present = new Set(listFocusAreas(reader.doc).map((area) => area.id));
      const lost = ackedAtCrash.filter((id) => !present.has(id));
      expect(lost).toEqual([]);
    } finally {
      reader.close();
    }
  });
});
