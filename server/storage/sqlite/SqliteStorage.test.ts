import { describe, it, expect } from 'vitest';
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { useTestEnv } from '../../testing/testEnv';
import type { PlanRecord } from '../Storage';
import { SqliteStorage } from './SqliteStorage';
import { migrate } from './migrations';
import { MIGRATIONS } from '../migrations';

function bytes(...values: number[]): Uint8Array {
  return new Uint8Array(values);
}

function plan(id: string, updatedAt: number, title = `Plan ${id}`): PlanRecord {
  return { id, title, municipality: 'Bergen', createdAt: 1_000, updatedAt, contentLanguage: 'nb' };
}

/** What only the SQLite engine has: a file, WAL, its own migration table. The rest is in ../contract. */
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

  it('brings a database made by an older release (up to 005) up to date, keeping its data', async () => {
    const file = join(env().dir, 'old.db');
    const old = new Database(file);
    old.exec('CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)');
    for (const migration of MIGRATIONS.slice(0, 5)) {
      old.exec(migration.sqlite);
      old.prepare('INSERT INTO migrations (name, applied_at) VALUES (?, ?)').run(migration.name, 1);
    }
    old.prepare("INSERT INTO plans (id, title, municipality, created_at, updated_at) VALUES ('p1', 'Plan p1', 'Bergen', 1000, 5)").run();
    old.close();

    const storage = new SqliteStorage({ file, synchronous: 'normal' });
    env().defer(() => storage.close());
    expect(await storage.plans.getPlan('p1')).toEqual(plan('p1', 5));
    await storage.pendingLogins.purgeExpired(0);
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

  it('close really closes (the WAL folded into the file, later calls refused) and may be called twice', async () => {
    const file = join(env().dir, 'close.db');
    const storage = new SqliteStorage({ file, synchronous: 'normal' });
    await storage.docs.appendUpdates([{ doc: 'plan:x', update: bytes(7) }]);
    expect(existsSync(`${file}-wal`)).toBe(true);
    await expect(storage.close()).resolves.toBeUndefined();
    await expect(storage.close()).resolves.toBeUndefined();
    // Only the last connection to close checkpoints the WAL and removes it.
    expect(existsSync(`${file}-wal`)).toBe(false);
    await expect(storage.docs.loadDoc('plan:x')).rejects.toThrow(/not open/);
    const reopened = new SqliteStorage({ file, synchronous: 'normal' });
    env().defer(() => reopened.close());
    expect((await reopened.docs.loadDoc('plan:x')).updates).toEqual([bytes(7)]);
  });
});
