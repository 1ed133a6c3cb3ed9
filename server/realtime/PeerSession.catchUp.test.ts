import { describe, it, expect } from 'vitest';
import * as Y from 'yjs';
import {
  ErrorCode,
  Limits,
  PROTOCOL_VERSION,
  type Access,
  type SyncAck,
} from '../../shared/protocol';
import { encodeCatchUpChunk, splitCatchUp } from '../../shared/protocol/catchUp';
import { addFocusArea, listFocusAreas } from '../../shared/plan/focusAreas';
import { DocStore } from '../docs/DocStore';
import { InstrumentedStorage } from '../testing/InstrumentedStorage';
import { FakeHub } from '../testing/fakePeers';
import { useTestEnv } from '../testing/testEnv';
import { DocGrowthBudgets } from './DocGrowthBudgets';
import { PeerSession, type SessionDeps } from './PeerSession';
import { Rooms } from './Rooms';

const MiB = 1024 * 1024;

/** One client edit of `size` bytes: a focus area with a long title. */
function bigEdit(size: number): { id: string; update: Uint8Array } {
  const doc = new Y.Doc();
  const id = addFocusArea(doc, { title: 'x'.repeat(size) });
  return { id, update: Y.encodeStateAsUpdate(doc) };
}

function pieces(update: Uint8Array): Uint8Array[] {
  return splitCatchUp(42, update).map(encodeCatchUpChunk);
}

describe('PeerSession catch-up in pieces', () => {
  const env = useTestEnv();

  function setup(
    options: { now?: () => number; access?: Access; docGrowth?: DocGrowthBudgets } = {},
  ) {
    const storage = new InstrumentedStorage(env().sqlite().docs);
    const store = new DocStore(storage, {
      unloadDelayMs: 10,
      compactAfterUpdates: 100_000,
      compactAfterBytes: 1024 * MiB,
      maxConcurrentLoads: 4,
    });
    env().defer(() => store.close());
    const refusedWrites: string[] = [];
    const deps: SessionDeps = {
      rooms: new Rooms(store, new FakeHub()),
      access: { decide: () => Promise.resolve(options.access ?? 'write') },
      whenDurable: () => store.whenDurable(),
      onRefusedWrite: (_identity, doc) => refusedWrites.push(doc),
      ...(options.now ? { now: options.now } : {}),
      ...(options.docGrowth ? { docGrowth: options.docGrowth } : {}),
    };
    const session = new PeerSession(new FakeHub().peer('a'), { kind: 'anonymous' }, deps);
    env().defer(() => session.close());
    async function serverDoc(): Promise<Y.Doc> {
      const live = await store.open('plan:p');
      env().defer(() => store.release('plan:p'));
      return live.doc;
    }
    return { session, storage, refusedWrites, serverDoc };
  }

  it('takes each piece, applies nothing until the last, and stores the whole update with it', async () => {
    const { session, storage, serverDoc } = setup();
    await session.join({ doc: 'plan:p', protocol: PROTOCOL_VERSION });
    const edit = bigEdit(3 * Limits.maxUpdateBytes);
    const messages = pieces(edit.update);
    expect(messages.length).toBeGreaterThan(3);
    const live = await serverDoc();
    for (const message of messages.slice(0, -1)) {
      expect(message.byteLength).toBeLessThan(Limits.maxUpdateBytes);
      expect(await session.sync('plan:p', message)).toEqual({ ok: true });
    }
    expect(listFocusAreas(live)).toEqual([]);
    expect(storage.appendCalls).toEqual([]);

    expect(await session.sync('plan:p', messages.at(-1)!)).toEqual({ ok: true });
    expect(listFocusAreas(live).map((area) => area.id)).toEqual([edit.id]);
    expect(storage.appendCalls.length).toBeGreaterThan(0);
  });

  it('charges the pieces to the byte budgets one by one, so a catch-up over a burst is paced, not refused whole', async () => {
    let now = 1_000;
    // A document that may grow 1 MiB/s with a 2 MiB burst, and a catch-up of 4 MiB.
    const docGrowth = new DocGrowthBudgets(MiB, 2 * MiB, () => now);
    const { session, serverDoc } = setup({ now: () => now, docGrowth });
    await session.join({ doc: 'plan:p', protocol: PROTOCOL_VERSION });
    const edit = bigEdit(4 * MiB);
    const messages = pieces(edit.update);
    let refusals = 0;
    // Bounded, so a broken budget fails the test instead of looping forever.
    for (let index = 0, tries = 0; index < messages.length && tries < 50; tries++) {
      const ack: SyncAck = await session.sync('plan:p', messages[index]!);
      if (ack.ok) {
        index++;
        continue;
      }
      expect(ack).toMatchObject({ code: ErrorCode.GrowthLimited });
      refusals++;
      // The client waits and sends the same piece again; the pieces before it are kept.
      now += 1_000;
    }
    expect(refusals).toBeGreaterThan(0);
    expect(listFocusAreas(await serverDoc()).map((area) => area.id)).toEqual([edit.id]);
  });

  it("refuses a reader's piece as any write from it, audited, before buffering it", async () => {
    const { session, refusedWrites } = setup({ access: 'read' });
    await session.join({ doc: 'plan:p', protocol: PROTOCOL_VERSION });
    const [first] = pieces(bigEdit(2 * Limits.maxUpdateBytes).update);
    expect(await session.sync('plan:p', first!)).toMatchObject({
      ok: false,
      code: ErrorCode.ReadOnly,
    });
    expect(refusedWrites).toEqual(['plan:p']);
  });

  it('answers a piece out of order with a clear refusal', async () => {
    const { session } = setup();
    await session.join({ doc: 'plan:p', protocol: PROTOCOL_VERSION });
    const messages = pieces(bigEdit(2 * Limits.maxUpdateBytes).update);
    expect(await session.sync('plan:p', messages[1]!)).toMatchObject({
      ok: false,
      code: ErrorCode.OutOfOrder,
    });
  });
});
