import { it, expect } from 'vitest';
import * as Y from 'yjs';
import { describeEachEngine } from './engines';
import { ArrayWriter, itemsOf } from './docTestHelpers';

function bytes(...values: number[]): Uint8Array {
  return new Uint8Array(values);
}

describeEachEngine('docs', (open) => {
  it('loads an unknown document as empty', async () => {
    const storage = await open();
    expect(await storage.docs.loadDoc('plan:nothing')).toEqual({
      snapshot: null,
      updates: [],
      updateBytes: 0,
    });
  });

  it('appends updates in order, per document, with their byte count', async () => {
    const storage = await open();
    await storage.docs.appendUpdates([
      { doc: 'plan:a', update: bytes(1) },
      { doc: 'plan:b', update: bytes(7, 7) },
      { doc: 'plan:a', update: bytes(2, 2) },
    ]);
    await storage.docs.appendUpdates([{ doc: 'plan:a', update: bytes(3, 3, 3) }]);
    await storage.docs.appendUpdates([]);

    const a = await storage.docs.loadDoc('plan:a');
    expect(a.snapshot).toBeNull();
    expect(a.updates).toEqual([bytes(1), bytes(2, 2), bytes(3, 3, 3)]);
    expect(a.updateBytes).toBe(6);
    const b = await storage.docs.loadDoc('plan:b');
    expect(b.updates).toEqual([bytes(7, 7)]);
    expect(b.updateBytes).toBe(2);
  });

  it('appends a batch in one transaction: a failing row stores none of the batch', async () => {
    const storage = await open();
    await storage.docs.appendUpdates([{ doc: 'plan:a', update: bytes(1) }]);
    // data is NOT NULL: the third row fails, so the first two must be rolled back with it.
    const bad = null as unknown as Uint8Array;
    await expect(
      Promise.resolve().then(() =>
        storage.docs.appendUpdates([
          { doc: 'plan:a', update: bytes(2) },
          { doc: 'plan:b', update: bytes(3) },
          { doc: 'plan:a', update: bad },
        ]),
      ),
    ).rejects.toThrow();
    expect((await storage.docs.loadDoc('plan:a')).updates).toEqual([bytes(1)]);
    expect((await storage.docs.loadDoc('plan:b')).updates).toEqual([]);
  });

  it('round-trips real Yjs updates byte for byte', async () => {
    const storage = await open();
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const text = doc.getText('t');
    for (let i = 0; i < 50; i++) text.insert(text.length, `line ${i}\n`);
    await storage.docs.appendUpdates(updates.map((update) => ({ doc: 'plan:y', update })));

    const stored = await storage.docs.loadDoc('plan:y');
    expect(stored.updates).toEqual(updates);
    expect(stored.updateBytes).toBe(updates.reduce((sum, u) => sum + u.byteLength, 0));
    const copy = new Y.Doc();
    for (const update of stored.updates) Y.applyUpdate(copy, update);
    expect(copy.getText('t').toJSON()).toBe(text.toJSON());
    doc.destroy();
    copy.destroy();
  });

  it('compactDoc folds the log into the snapshot and drops only that document’s log', async () => {
    const storage = await open();
    const a = new ArrayWriter(1);
    const b = new ArrayWriter(2);
    await storage.docs.appendUpdates([
      { doc: 'plan:a', update: a.add('a1') },
      { doc: 'plan:b', update: b.add('b1') },
      { doc: 'plan:a', update: a.add('a2') },
    ]);
    await storage.docs.compactDoc('plan:a', a.state());
    const compacted = await storage.docs.loadDoc('plan:a');
    expect(compacted.updates).toEqual([]);
    expect(compacted.updateBytes).toBe(0);
    expect(itemsOf(compacted)).toEqual(['a1', 'a2']);
    expect((await storage.docs.loadDoc('plan:b')).updates).toHaveLength(1);

    // Again on top of the stored snapshot.
    await storage.docs.appendUpdates([{ doc: 'plan:a', update: a.add('a3') }]);
    await storage.docs.compactDoc('plan:a', a.state());
    const again = await storage.docs.loadDoc('plan:a');
    expect(again.updates).toEqual([]);
    expect(itemsOf(again)).toEqual(['a1', 'a2', 'a3']);
  });

  it('compactDoc from a lagging replica keeps what only the log and the old snapshot had', async () => {
    const storage = await open();
    const here = new ArrayWriter(1);
    const elsewhere = new ArrayWriter(2);
    await storage.docs.appendUpdates([{ doc: 'plan:a', update: elsewhere.add('old') }]);
    await storage.docs.compactDoc('plan:a', elsewhere.state());
    // Another server appended this; the replica compacting below never saw it.
    await storage.docs.appendUpdates([{ doc: 'plan:a', update: elsewhere.add('unseen') }]);
    await storage.docs.appendUpdates([{ doc: 'plan:a', update: here.add('mine') }]);

    await storage.docs.compactDoc('plan:a', here.state());
    const stored = await storage.docs.loadDoc('plan:a');
    expect(stored.updates).toEqual([]);
    expect(itemsOf(stored)).toEqual(['mine', 'old', 'unseen']);
  });

  it('compactDoc of a document with no log or snapshot stores the given state', async () => {
    const storage = await open();
    const writer = new ArrayWriter(1);
    writer.add('only');
    await storage.docs.compactDoc('plan:new', writer.state());
    const stored = await storage.docs.loadDoc('plan:new');
    expect(stored.snapshot).not.toBeNull();
    expect(itemsOf(stored)).toEqual(['only']);
  });

  it('appends racing compactions are never lost', async () => {
    const storage = await open();
    const writer = new ArrayWriter(1);
    const expected: string[] = [];
    const work: Promise<void>[] = [];
    for (let i = 0; i < 60; i++) {
      const value = `v${String(i).padStart(2, '0')}`;
      expected.push(value);
      work.push(storage.docs.appendUpdates([{ doc: 'plan:race', update: writer.add(value) }]));
      // An empty replica: everything must come from storage itself.
      if (i % 7 === 0) work.push(storage.docs.compactDoc('plan:race', Y.encodeStateAsUpdate(new Y.Doc())));
    }
    await Promise.all(work);
    expect(itemsOf(await storage.docs.loadDoc('plan:race'))).toEqual(expected);
  });
});
