import { describe, it, expect } from 'vitest';
import * as Y from 'yjs';
import { ErrorCode, PROTOCOL_VERSION } from '../../shared/protocol';
import { DocStore } from '../docs/DocStore';
import { FakeHub, syncStep1 } from '../testing/fakePeers';
import { useTestEnv } from '../testing/testEnv';
import { nextTurn, track } from '../testing/waitFor';
import { PeerSession } from './PeerSession';
import { Rooms } from './Rooms';

/** A `whenDurable` the test resolves or rejects by hand. */
function gate() {
  let open: () => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

describe('PeerSession step 1', () => {
  const env = useTestEnv();

  async function setup(whenDurable: () => Promise<void>) {
    const store = new DocStore(env().sqlite().docs, {
      unloadDelayMs: 10,
      compactAfterUpdates: 100_000,
      compactAfterBytes: 1024 * 1024 * 1024,
      maxConcurrentLoads: 4,
    });
    env().defer(() => store.close());
    const hub = new FakeHub();
    const peer = hub.peer('a');
    const errors: string[] = [];
    const session = new PeerSession(
      peer,
      { kind: 'anonymous' },
      {
        rooms: new Rooms(store, hub),
        access: { decide: () => Promise.resolve('write') },
        whenDurable,
        onError: (_error, context) => errors.push(context),
      },
    );
    env().defer(() => session.close());
    await session.join({ doc: 'plan:p', protocol: PROTOCOL_VERSION });
    return { session, peer, errors };
  }

  it('answers at once but acks only once everything the server holds is durable', async () => {
    const durable = gate();
    const { session, peer } = await setup(() => durable.promise);
    const ack = session.sync('plan:p', syncStep1(new Y.Doc()));
    const acked = track(ack);
    await nextTurn();
    // Its step 2 and step 1 are out; the ack (which ends a client's resync) waits for the commit.
    expect(peer.payloads('sync', 'plan:p')).toHaveLength(2);
    expect(acked.settled()).toBe(false);
    durable.open();
    expect(await ack).toEqual({ ok: true });
  });

  it('refuses as storage-failed when what it holds cannot be made durable', async () => {
    const durable = gate();
    const { session, errors } = await setup(() => durable.promise);
    const ack = session.sync('plan:p', syncStep1(new Y.Doc()));
    durable.fail(new Error('disk full'));
    expect(await ack).toMatchObject({ ok: false, code: ErrorCode.StorageFailed });
    expect(errors).toEqual(['storing plan:p']);
  });
});
