import { afterEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import {
  ErrorCode,
  Limits,
  PROTOCOL_VERSION,
  planDocName,
  type JoinResult,
  type SyncAck,
} from '../../shared/protocol';
import { addFocusArea, listFocusAreas } from '../../shared/plan/focusAreas';
import {
  ownerWithPlan,
  startInstrumentedServer,
  startTestServer,
  tempDataDir,
} from '../support/testServer';
import { dropSchemaForDataDir } from '../support/postgres';
import { connectClient, rawSocket, type TestClient } from '../support/syncClient';
import type { ClientSocket } from '../../client/sync/SyncConnection';
import { waitFor } from '../support/waitFor';

const cleanups: (() => void | Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function join(socket: ClientSocket, doc: string): Promise<JoinResult> {
  return new Promise((resolve) =>
    socket.emit('join', { doc, protocol: PROTOCOL_VERSION }, resolve),
  );
}

/** Adds a focus area on `local` and sends just that change; resolves with the server's ack. */
function sendArea(
  socket: ClientSocket,
  local: Y.Doc,
  doc: string,
  title: string,
): { id: string; ack: Promise<SyncAck> } {
  let update: Uint8Array = new Uint8Array();
  local.once('update', (u: Uint8Array) => (update = u));
  const id = addFocusArea(local, { title });
  const encoder = encoding.createEncoder();
  syncProtocol.writeUpdate(encoder, update);
  const ack = new Promise<SyncAck>((resolve) =>
    socket.emit('sync', doc, encoding.toUint8Array(encoder), resolve),
  );
  return { id, ack };
}

function areaIds(doc: Y.Doc): string[] {
  return listFocusAreas(doc).map((area) => area.id);
}

describe('storage failing under a running server', () => {
  it('holds acks while writes fail, keeps bystanders live, heals without a restart, and shuts down on a deadline', async () => {
    const dataDir = tempDataDir();
    cleanups.push(async () => {
      await dropSchemaForDataDir(dataDir);
      rmSync(dataDir, { recursive: true, force: true });
    });
    const server = await startInstrumentedServer({ dataDir });
    cleanups.push(() => server.stop());
    const { cookie, planId } = await ownerWithPlan(server);
    const docName = planDocName(planId);

    const writer = rawSocket(server.url, cookie);
    cleanups.push(() => void writer.disconnect());
    expect(await join(writer, docName)).toMatchObject({ ok: true });
    const bystander: TestClient = connectClient(server.url, docName, cookie);
    cleanups.push(() => bystander.close());
    await bystander.provider.whenSynced();

    // Storage starts failing: the edit is applied and relayed, but not acknowledged as stored.
    server.docs.failNext.append = Number.MAX_SAFE_INTEGER;
    const local = new Y.Doc();
    const during = sendArea(writer, local, docName, 'Skrevet mens lagringen feilet');
    let duringAck: SyncAck | null = null;
    void during.ack.then((ack) => (duringAck = ack));
    await waitFor(() => server.docs.appendCalls.length >= 2, 'the write to fail and be retried');
    await waitFor(
      () => areaIds(bystander.doc).includes(during.id),
      'the bystander to see the edit live',
    );
    expect(duringAck).toBeNull();

    // A late joiner is served too: reading does not depend on writes.
    const late = connectClient(server.url, docName, cookie);
    cleanups.push(() => late.close());
    await late.provider.whenSynced();
    expect(areaIds(late.doc)).toContain(during.id);

    // Storage comes back: the retry commits and the ack arrives, no restart needed.
    server.docs.failNext.append = 0;
    expect(await during.ack).toEqual({ ok: true });
    const after = sendArea(writer, local, docName, 'Skrevet etterpå');
    expect(await after.ack).toEqual({ ok: true });

    // Storage fails again and the server is stopped: shutdown still ends, at its deadline.
    server.docs.failNext.append = Number.MAX_SAFE_INTEGER;
    const lost = sendArea(writer, local, docName, 'Aldri lagret');
    let lostAck: SyncAck | null = null;
    void lost.ack.then((ack) => (lostAck = ack));
    const failures = server.docs.appendCalls.length;
    await waitFor(() => server.docs.appendCalls.length > failures, 'the write to fail');
    const started = Date.now();
    await server.medverk.close({ storageDeadlineMs: 300 });
    expect(Date.now() - started).toBeLessThan(5_000);
    // Never acknowledged as stored: the client still holds it and sends it again on reconnect.
    expect(lostAck === null || (lostAck as SyncAck).ok === false).toBe(true);

    // Everything acknowledged is in storage after a restart.
    const restarted = await startTestServer({ dataDir, seedDemo: false });
    cleanups.push(() => restarted.stop());
    const reader = connectClient(restarted.url, docName, cookie);
    cleanups.push(() => reader.close());
    await reader.provider.whenSynced();
    expect(areaIds(reader.doc)).toEqual(expect.arrayContaining([during.id, after.id]));
  });
});

describe('byte limits through a real server', () => {
  it('refuses one update over maxUpdateBytes (below the message cap) unapplied; the bystander is unaffected', async () => {
    const server = await startTestServer({ seedDemo: false });
    cleanups.push(() => server.dispose());
    const { cookie, planId } = await ownerWithPlan(server);
    const docName = planDocName(planId);
    const bystander = connectClient(server.url, docName, cookie);
    cleanups.push(() => bystander.close());
    await bystander.provider.whenSynced();
    const socket = rawSocket(server.url, cookie);
    cleanups.push(() => void socket.disconnect());
    expect(await join(socket, docName)).toMatchObject({ ok: true });

    const local = new Y.Doc();
    const big = sendArea(socket, local, docName, 'x'.repeat(Limits.maxUpdateBytes + 1));
    expect(Limits.maxUpdateBytes).toBeLessThan(Limits.maxMessageBytes);
    expect(await big.ack).toMatchObject({ ok: false, code: ErrorCode.MessageTooLarge });
    expect(socket.connected).toBe(true);

    const small = sendArea(socket, local, docName, 'Liten endring');
    // Builds on the refused change, so it cannot be stored alone: the client resyncs instead.
    expect(await small.ack).toMatchObject({ ok: false });
    const fresh = sendArea(socket, new Y.Doc(), docName, 'Ny klient');
    expect(await fresh.ack).toEqual({ ok: true });
    await waitFor(
      () => areaIds(bystander.doc).includes(fresh.id),
      'the bystander to see the accepted edit',
    );
    expect(areaIds(bystander.doc)).not.toContain(big.id);
  });
});
