import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as prng from 'lib0/prng';
import { seededGenerator, testSeed } from '../../tests/support/seed';
import { PendingUpdates } from './PendingUpdates';

const FILE = 'client/sync/PendingUpdates.test.ts';

/** `count` updates as typing makes them: inserts and backspaces, each its own transaction. */
function typedUpdates(count: number, random: prng.PRNG): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) {
    if (prng.real53(random) < 0.1 && text.length > 0) text.delete(prng.uint32(random, 0, text.length - 1), 1);
    else text.insert(prng.uint32(random, 0, text.length), prng.word(random, 1, 3));
  }
  return { doc, updates };
}

describe('PendingUpdates', () => {
  it('merges many updates into one whose effect equals applying each', () => {
    const random = seededGenerator(testSeed(7), FILE);
    const { doc, updates } = typedUpdates(5_000, random);
    const pending = new PendingUpdates();
    updates.forEach((update) => pending.push(update));
    expect(pending.size).toBe(5_000);

    const merged = pending.take()!;
    expect(pending.size).toBe(0);
    expect(pending.take()).toBeNull();
    const replica = new Y.Doc();
    Y.applyUpdate(replica, merged);
    expect(replica.getText('t').toString()).toBe(doc.getText('t').toString());
    expect(Y.encodeStateVector(replica)).toEqual(Y.encodeStateVector(doc));
    expect(Y.equalSnapshots(Y.snapshot(replica), Y.snapshot(doc))).toBe(true);
    // Smaller than the updates one by one: the framing of each is paid once.
    expect(merged.byteLength).toBeLessThan(updates.reduce((sum, update) => sum + update.byteLength, 0));
  });

  it('keeps what was pushed after a take for the next one', () => {
    const random = seededGenerator(testSeed(8), FILE);
    const { doc, updates } = typedUpdates(300, random);
    const pending = new PendingUpdates();
    const replica = new Y.Doc();
    updates.slice(0, 100).forEach((update) => pending.push(update));
    Y.applyUpdate(replica, pending.take()!);
    updates.slice(100).forEach((update) => pending.push(update));
    Y.applyUpdate(replica, pending.take()!);
    expect(replica.getText('t').toString()).toBe(doc.getText('t').toString());
  });

  it('forgets everything on clear', () => {
    const pending = new PendingUpdates();
    const doc = new Y.Doc();
    doc.on('update', (update: Uint8Array) => pending.push(update));
    doc.getText('t').insert(0, 'x');
    pending.clear();
    expect(pending.size).toBe(0);
    expect(pending.take()).toBeNull();
  });
});
