import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as prng from 'lib0/prng';
import { ErrorCode, Limits } from '../../shared/protocol';
import { catchUpChunkBytes, messageCatchUpChunk } from '../../shared/protocol/catchUp';
import { TokenBucket } from '../../shared/protocol/TokenBucket';
import { seededGenerator, testSeed } from '../../tests/support/seed';
import { DocProvider } from './DocProvider';
import { FakeSyncServer } from './testing/fakeSyncServer';

const FILE = 'client/sync/DocProvider.merge.test.ts';
const UPDATE = 2;

function joined() {
  const server = new FakeSyncServer();
  const doc = new Y.Doc();
  const provider = new DocProvider(server.asConnection(), 'plan:p1', doc);
  server.connect();
  server.deliver();
  expect(provider.status.state).toBe('saved');
  return { server, doc, provider };
}

/** One keystroke, its own transaction: a few characters somewhere in the text. */
function type(doc: Y.Doc, random: prng.PRNG, characters = 3): void {
  const text = doc.getText('t');
  text.insert(prng.uint32(random, 0, text.length), prng.word(random, characters, characters));
}

const updates = (server: FakeSyncServer) => server.received.filter((m) => m.type === UPDATE);

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('DocProvider merges changes that wait', () => {
  it('sends a burst of edits made while earlier ones are unacknowledged as a few merged updates under the cap', () => {
    const random = seededGenerator(testSeed(3), FILE);
    const { server, doc, provider } = joined();
    server.holdAcks = true;
    for (let i = 0; i < 2_000; i++) type(doc, random);
    server.deliver();
    // A few went out one by one; everything after waits for their acks.
    const first = updates(server).length;
    expect(first).toBeLessThanOrEqual(8);
    expect(provider.status.state).toBe('saving');

    server.releaseAcks();
    server.releaseAcks();
    expect(provider.status.state).toBe('saved');
    expect(updates(server).length).toBeLessThanOrEqual(first + 2);
    for (const message of server.received) expect(message.bytes).toBeLessThanOrEqual(Limits.maxMessageBytes);
    expect(server.doc.getText('t').toString()).toBe(doc.getText('t').toString());
    expect(Y.encodeStateVector(server.doc)).toEqual(Y.encodeStateVector(doc));
  });

  it('sends a merge larger than one message as a catch-up in pieces under the cap', () => {
    const random = seededGenerator(testSeed(4), FILE);
    const { server, doc, provider } = joined();
    server.holdAcks = true;
    // About 3 × the piece size, in 1,500 transactions of 600 characters each.
    for (let i = 0; i < 1_500; i++) type(doc, random, 600);
    server.deliver();
    server.releaseAcks();
    server.releaseAcks();
    expect(provider.status.state).toBe('saved');
    const pieces = server.received.filter((m) => m.type === messageCatchUpChunk);
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    for (const piece of pieces) expect(piece.bytes).toBeLessThanOrEqual(catchUpChunkBytes + 64);
    expect(server.received.length).toBeLessThan(20);
    expect(server.doc.getText('t').toString()).toBe(doc.getText('t').toString());
  });

  it("keeps to the server's message rate when acks come at once and edits faster than it allows", () => {
    const random = seededGenerator(testSeed(5), FILE);
    const { server, doc, provider } = joined();
    const serverRate = new TokenBucket(Limits.syncPerSecond, Limits.syncBurst, () => Date.now());
    let seen = server.received.length;
    let refused = 0;
    // 200 edits per second for 5 s: more than three times the sustained rate.
    for (let i = 0; i < 1_000; i++) {
      type(doc, random);
      server.deliver();
      for (; seen < server.received.length; seen++) if (!serverRate.take()) refused++;
      vi.advanceTimersByTime(5);
    }
    vi.advanceTimersByTime(1_000);
    server.deliver();
    for (; seen < server.received.length; seen++) if (!serverRate.take()) refused++;
    expect(refused).toBe(0);
    expect(provider.status.state).toBe('saved');
    expect(server.doc.getText('t').toString()).toBe(doc.getText('t').toString());
  });

  it("paces a catch-up larger than the server's byte burst, so no piece is refused for bytes", () => {
    const doc = new Y.Doc();
    // Written offline: 20 MB, more than the server's burst of update bytes per connection.
    doc.getText('t').insert(0, 'z'.repeat(20 * 1024 * 1024));
    const server = new FakeSyncServer();
    const provider = new DocProvider(server.asConnection(), 'plan:p1', doc);
    const serverBytes = new TokenBucket(Limits.syncBytesPerSecond, Limits.syncBytesBurst, () => Date.now());
    let seen = 0;
    let refused = 0;
    server.connect();
    for (let second = 0; second < 120 && provider.status.state !== 'saved'; second += 0.1) {
      server.deliver();
      for (; seen < server.received.length; seen++) {
        const message = server.received[seen]!;
        if (message.type === messageCatchUpChunk && !serverBytes.take(message.bytes)) refused++;
      }
      vi.advanceTimersByTime(100);
    }
    expect(provider.status.state).toBe('saved');
    expect(refused).toBe(0);
    expect(server.doc.getText('t').length).toBe(doc.getText('t').length);
  });

  it('holds changes while a refused one waits for its resync, whose step 2 carries them all', () => {
    const { server, doc, provider } = joined();
    server.refuseChanges = [ErrorCode.RateLimited];
    doc.getText('t').insert(0, 'a');
    server.deliver();
    expect(provider.status).toEqual({ state: 'retrying', code: ErrorCode.RateLimited });
    doc.getText('t').insert(1, 'b');
    doc.getText('t').insert(2, 'c');
    server.deliver();
    // Not sent: they build on the refused change, and the server would refuse them as out of order.
    expect(server.received.map((m) => m.type)).toEqual([0, UPDATE]);
    vi.advanceTimersByTime(46_000);
    server.deliver();
    expect(server.received.map((m) => m.type)).toEqual([0, UPDATE, 0, 1]);
    expect(provider.status.state).toBe('saved');
    expect(server.doc.getText('t').toString()).toBe('abc');
  });
});
