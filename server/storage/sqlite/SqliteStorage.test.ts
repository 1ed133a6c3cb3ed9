import { describe, it, expect } from 'vitest';
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { useTestEnv } from '../../testing/testEnv';
import type { PlanRecord } from '../Storage';
import { SqliteStorage } from './SqliteStorage';
import { MIGRATIONS, migrate } from './migrations';

function bytes(...values: number[]): Uint8Array {
  return new Uint8Array(values);
}

function plan(id: string, updatedAt: number, title = `Plan ${id}`): PlanRecord {
  return { id, title, municipality: 'Bergen', createdAt: 1_000, updatedAt };
}

describe('SqliteStorage', () => {
  const env = useTestEnv();

  it('runs migrations once: opening the same file twice keeps the data and the migration record', async () => {
    const file = join(env().dir, 'medverk.db');
    const first = new SqliteStorage({ file, synchronous: 'normal' });
    await first.plans.createPlan(plan('p1', 5), 'plan:p1', bytes(1, 2, 3));
    await first.docs.appendUpdates([{ doc: 'plan:p1', update: bytes(9) }]);
    await first.close();

    const second = new SqliteStorage({ file, synchronous: 'full' });
    env().defer(() => second.close());
    expect(await second.plans.getPlan('p1')).toEqual(plan('p1', 5));
    const stored = await second.docs.loadDoc('plan:p1');
    expect(stored.snapshot).toEqual(bytes(1, 2, 3));
    expect(stored.updates).toEqual([bytes(9)]);

    const db = new Database(file, { readonly: true });
    env().defer(() => void db.close());
    const names = db.prepare<[], { name: string }>('SELECT name FROM migrations').all();
    expect(names.map((row) => row.name)).toEqual(MIGRATIONS.map((m) => m.name));
  });

  it('migrate() is idempotent on one connection', () => {
    const db = new Database(join(env().dir, 'raw.db'));
    env().defer(() => void db.close());
    migrate(db);
    migrate(db);
    const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM migrations').get();
    expect(count?.n).toBe(MIGRATIONS.length);
  });

  it('creates the parent directory of the database file', async () => {
    const file = join(env().dir, 'nested', 'deeper', 'medverk.db');
    const storage = new SqliteStorage({ file, synchronous: 'normal' });
    env().defer(() => storage.close());
    await storage.docs.appendUpdates([{ doc: 'plan:x', update: bytes(1) }]);
    expect(existsSync(file)).toBe(true);
  });

  it('uses WAL journaling', async () => {
    const file = join(env().dir, 'wal.db');
    const storage = new SqliteStorage({ file, synchronous: 'normal' });
    env().defer(() => storage.close());
    await storage.docs.appendUpdates([{ doc: 'plan:x', update: bytes(1) }]);
    // journal_mode=WAL is persistent in the file, so another connection sees it.
    const db = new Database(file, { readonly: true });
    env().defer(() => void db.close());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(existsSync(`${file}-wal`)).toBe(true);
  });

  it('loads an unknown document as empty', async () => {
    const storage = env().sqlite();
    expect(await storage.docs.loadDoc('plan:nothing')).toEqual({
      snapshot: null,
      updates: [],
      updateBytes: 0,
    });
  });

  it('appends updates in order, per document, with their byte count', async () => {
    const storage = env().sqlite();
    await storage.docs.appendUpdates([
      { doc: 'plan:a', update: bytes(1) },
      { doc: 'plan:b', update: bytes(7, 7) },
      { doc: 'plan:a', update: bytes(2, 2) },
    ]);
    await storage.docs.appendUpdates([{ doc: 'plan:a', update: bytes(3, 3, 3) }]);

    const a = await storage.docs.loadDoc('plan:a');
    expect(a.snapshot).toBeNull();
    expect(a.updates).toEqual([bytes(1), bytes(2, 2), bytes(3, 3, 3)]);
    expect(a.updateBytes).toBe(6);
    const b = await storage.docs.loadDoc('plan:b');
    expect(b.updates).toEqual([bytes(7, 7)]);
    expect(b.updateBytes).toBe(2);
  });

  it('appends a batch in one transaction: a failing row stores none of the batch', async () => {
    const storage = env().sqlite();
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
    const storage = env().sqlite();
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

  it('compactDoc replaces the snapshot and drops only that document’s log', async () => {
    const storage = env().sqlite();
    await storage.docs.appendUpdates([
      { doc: 'plan:a', update: bytes(1) },
      { doc: 'plan:b', update: bytes(2) },
    ]);
    await storage.docs.compactDoc('plan:a', bytes(10, 10));
    expect(await storage.docs.loadDoc('plan:a')).toEqual({
      snapshot: bytes(10, 10),
      updates: [],
      updateBytes: 0,
    });
    expect((await storage.docs.loadDoc('plan:b')).updates).toEqual([bytes(2)]);

    await storage.docs.appendUpdates([{ doc: 'plan:a', update: bytes(4) }]);
    await storage.docs.compactDoc('plan:a', bytes(20));
    expect(await storage.docs.loadDoc('plan:a')).toEqual({
      snapshot: bytes(20),
      updates: [],
      updateBytes: 0,
    });
  });

  it('creates plans with their first snapshot, lists them by updatedAt (newest first), gets and touches them', async () => {
    const storage = env().sqlite();
    await storage.plans.createPlan(plan('old', 100), 'plan:old', bytes(1));
    await storage.plans.createPlan(plan('new', 300), 'plan:new', bytes(2));
    await storage.plans.createPlan(plan('mid', 200), 'plan:mid', bytes(3));

    expect((await storage.plans.listPlans()).map((p) => p.id)).toEqual(['new', 'mid', 'old']);
    expect(await storage.plans.getPlan('mid')).toEqual(plan('mid', 200));
    expect(await storage.plans.getPlan('missing')).toBeNull();
    expect((await storage.docs.loadDoc('plan:mid')).snapshot).toEqual(bytes(3));

    await storage.plans.touchPlan('old', 'Renamed', 400);
    expect(await storage.plans.getPlan('old')).toEqual({ ...plan('old', 400), title: 'Renamed' });
    expect((await storage.plans.listPlans()).map((p) => p.id)).toEqual(['old', 'new', 'mid']);

    // Touching an unknown plan changes nothing.
    await storage.plans.touchPlan('missing', 'x', 500);
    expect(await storage.plans.listPlans()).toHaveLength(3);
  });

  it('createPlan is all or nothing: a duplicate id stores neither row nor snapshot', async () => {
    const storage = env().sqlite();
    await storage.plans.createPlan(plan('p', 100), 'plan:p', bytes(1));
    await expect(
      Promise.resolve().then(() => storage.plans.createPlan(plan('p', 200), 'plan:other', bytes(2))),
    ).rejects.toThrow();
    expect((await storage.docs.loadDoc('plan:other')).snapshot).toBeNull();
    expect(await storage.plans.getPlan('p')).toEqual(plan('p', 100));
  });

  it('close is idempotent', async () => {
    const storage = new SqliteStorage({ file: join(env().dir, 'close.db'), synchronous: 'normal' });
    await storage.close();
    await storage.close();
  });
});
