import { afterEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import { PostgresStorage } from './PostgresStorage';
import { LockSpace, lockKeySql } from './db';
import { MIGRATIONS } from '../migrations';
import { ArrayWriter, itemsOf } from '../contract/docTestHelpers';
import { postgresSkipReason } from '../contract/engines';
import { createTestSchema, type TestSchema } from '../../../tests/support/postgres';

/** Polls an async condition until it holds (no fixed sleeps). */
async function waitUntil(condition: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A name no other connection has, to find this test's connections in pg_stat_activity. */
function connectionName(): string {
  return `medverk-test-${randomBytes(6).toString('hex')}`;
}

function named(url: string, applicationName: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('application_name', applicationName);
  return parsed.href;
}

/** How many connections named `applicationName` PostgreSQL has open. */
async function backends(observer: pg.Client, applicationName: string): Promise<number> {
  const result = await observer.query<{ n: number }>(
    'SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE application_name = $1',
    [applicationName],
  );
  return result.rows[0]!.n;
}

/** A gate a test opens by hand. */
function gate(): { opened: Promise<void>; open(): void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

const title = postgresSkipReason ? `PostgresStorage (skipped: ${postgresSkipReason})` : 'PostgresStorage';

describe.skipIf(postgresSkipReason !== null)(title, () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function freshSchema(): Promise<TestSchema> {
    const schema = await createTestSchema();
    cleanups.push(() => schema.drop());
    return schema;
  }

  /** One "server": its own pools on the schema. */
  async function server(schema: TestSchema): Promise<PostgresStorage> {
    const storage = await PostgresStorage.open({ url: schema.url, poolSize: 4, lockPoolSize: 4 });
    cleanups.push(() => storage.close());
    return storage;
  }

  async function rawClient(schema: TestSchema): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: schema.url });
    await client.connect();
    cleanups.push(() => client.end());
    return client;
  }

  it('three servers starting at once on an empty schema migrate it exactly once', async () => {
    const schema = await freshSchema();
    const servers = await Promise.all([server(schema), server(schema), server(schema)]);
    const client = await rawClient(schema);
    const applied = await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY name');
    expect(applied.rows.map((row) => row.name)).toEqual(MIGRATIONS.map((m) => m.name).sort());
    // All three work on the one schema.
    await servers[0].accounts.createSetupToken('t', 1);
    const admin = (id: string) => ({ id, email: `${id}@k.no`, name: id, passwordHash: null, isAdmin: true, createdAt: 1 });
    expect(await servers[2].accounts.createFirstAdmin('t', admin('a'), 2)).toBe('ok');
    expect(await servers[1].accounts.createFirstAdmin('t', admin('b'), 3)).toBe('exists');
  });

  it('a named lock is held by one server at a time; the other waits, or gives up with tryWithLock', async () => {
    const schema = await freshSchema();
    const [a, b] = [await server(schema), await server(schema)];
    const release = gate();
    const entered = gate();
    const order: string[] = [];
    const first = a.locks.withLock('doc:x', async () => {
      order.push('a in');
      entered.open();
      await release.opened;
      order.push('a out');
      return 'a';
    });
    await entered.opened;

    expect(await b.locks.tryWithLock('doc:x', () => Promise.resolve('b tried'))).toBeNull();
    // Another key is free.
    expect(await b.locks.tryWithLock('doc:y', () => Promise.resolve('other key'))).toBe('other key');

    const second = b.locks.withLock('doc:x', () => {
      order.push('b in');
      return Promise.resolve('b');
    });
    // b's session really is queued in PostgreSQL behind a's.
    const observer = await rawClient(schema);
    await waitUntil(async () => {
      const waiting = await observer.query(
        `SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted
         AND classid = $1::int4::oid AND objid = ${lockKeySql('$2')}::oid AND objsubid = 2`,
        [LockSpace.named, 'doc:x'],
      );
      return waiting.rowCount === 1;
    }, 'the second server to wait for the lock');
    expect(order).toEqual(['a in']);
    release.open();
    expect(await first).toBe('a');
    expect(await second).toBe('b');
    expect(order).toEqual(['a in', 'a out', 'b in']);
    // Released after use, also when fn throws.
    await expect(a.locks.withLock('doc:x', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await b.locks.tryWithLock('doc:x', () => Promise.resolve('free'))).toBe('free');
  });

  it('a holder whose connection dies frees the lock, and its server keeps working', async () => {
    const schema = await freshSchema();
    const [a, b] = [await server(schema), await server(schema)];
    const release = gate();
    const entered = gate();
    const held = a.locks.withLock('doc:x', async () => {
      entered.open();
      await release.opened;
      return 'done';
    });
    await entered.opened;
    // What a restarted or failed-over PostgreSQL does to the session holding the lock.
    const admin = await rawClient(schema);
    const killed = await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted
       AND classid = $1::int4::oid AND objid = ${lockKeySql('$2')}::oid AND objsubid = 2`,
      [LockSpace.named, 'doc:x'],
    );
    expect(killed.rowCount).toBe(1);
    await waitUntil(async () => (await b.locks.tryWithLock('doc:x', () => Promise.resolve(true))) === true, 'the lock to be free');
    release.open();
    expect(await held).toBe('done');
    expect(await a.locks.withLock('doc:x', () => Promise.resolve('again'))).toBe('again');
  });

  it('a lock is per schema: another deployment in the same database is not blocked', async () => {
    const [one, other] = [await server(await freshSchema()), await server(await freshSchema())];
    const release = gate();
    const entered = gate();
    const held = one.locks.withLock('k', async () => {
      entered.open();
      await release.opened;
    });
    await entered.opened;
    expect(await other.locks.tryWithLock('k', () => Promise.resolve('ok'))).toBe('ok');
    release.open();
    await held;
  });

  it('compactDoc skips while another server compacts the same document', async () => {
    const schema = await freshSchema();
    const storage = await server(schema);
    const writer = new ArrayWriter(1);
    await storage.docs.appendUpdates([{ doc: 'plan:a', update: writer.add('one') }]);

    const other = await rawClient(schema);
    await other.query('BEGIN');
    await other.query(`SELECT pg_advisory_xact_lock($1, ${lockKeySql('$2')})`, [LockSpace.compaction, 'plan:a']);
    await storage.docs.compactDoc('plan:a', writer.state());
    expect((await storage.docs.loadDoc('plan:a')).updates).toHaveLength(1);
    // Another document is not held up.
    await storage.docs.appendUpdates([{ doc: 'plan:b', update: writer.add('two') }]);
    await storage.docs.compactDoc('plan:b', Y.encodeStateAsUpdate(new Y.Doc()));
    expect((await storage.docs.loadDoc('plan:b')).updates).toHaveLength(0);

    await other.query('COMMIT');
    await storage.docs.compactDoc('plan:a', writer.state());
    const compacted = await storage.docs.loadDoc('plan:a');
    expect(compacted.updates).toHaveLength(0);
    expect(itemsOf(compacted)).toEqual(['one', 'two']);
  });

  it('two servers compacting while a third appends lose no update', async () => {
    const schema = await freshSchema();
    const [appender, compactorA, compactorB] = [await server(schema), await server(schema), await server(schema)];
    const writers = [new ArrayWriter(1), new ArrayWriter(2)];
    const expected: string[] = [];
    let appending = true;

    const appends = (async () => {
      for (let i = 0; i < 150; i++) {
        const writer = writers[i % 2]!;
        const value = `u${String(i).padStart(3, '0')}`;
        expected.push(value);
        // Sometimes a batch of two, as DocStore's writer sends them.
        const batch = [{ doc: 'plan:race', update: writer.add(value) }];
        if (i % 5 === 0) {
          const extra = `u${String(i).padStart(3, '0')}b`;
          expected.push(extra);
          batch.push({ doc: 'plan:race', update: writer.add(extra) });
        }
        await appender.docs.appendUpdates(batch);
      }
      appending = false;
    })();

    // Each compactor's replica lags: it holds only what it loaded some time ago.
    const compactLoop = async (storage: PostgresStorage) => {
      let rounds = 0;
      while (appending || rounds < 2) {
        const replica = new Y.Doc();
        const stored = await storage.docs.loadDoc('plan:race');
        if (stored.snapshot) Y.applyUpdate(replica, stored.snapshot);
        stored.updates.slice(0, Math.floor(stored.updates.length / 2)).forEach((u) => Y.applyUpdate(replica, u));
        await storage.docs.compactDoc('plan:race', Y.encodeStateAsUpdate(replica));
        replica.destroy();
        rounds++;
      }
      return rounds;
    };
    const [, roundsA, roundsB] = await Promise.all([appends, compactLoop(compactorA), compactLoop(compactorB)]);
    expect(roundsA + roundsB).toBeGreaterThan(2);

    const final = await appender.docs.loadDoc('plan:race');
    expect(itemsOf(final)).toEqual([...expected].sort());
    // And once more from scratch, after a last compaction with an empty replica.
    await compactorA.docs.compactDoc('plan:race', Y.encodeStateAsUpdate(new Y.Doc()));
    const compacted = await compactorB.docs.loadDoc('plan:race');
    expect(compacted.updates).toEqual([]);
    expect(itemsOf(compacted)).toEqual([...expected].sort());
  });

  it('open() rejects when PostgreSQL cannot be reached', async () => {
    await expect(PostgresStorage.open({ url: 'postgres://postgres@127.0.0.1:1/none' })).rejects.toThrow();
  });

  it('close ends every connection, refuses later calls, and may be called twice', async () => {
    const schema = await freshSchema();
    const observer = await rawClient(schema);
    const name = connectionName();
    const storage = await PostgresStorage.open({ url: named(schema.url, name) });
    cleanups.push(() => storage.close());
    await storage.locks.withLock('k', () => storage.docs.appendUpdates([{ doc: 'plan:x', update: new Uint8Array([1]) }]));
    expect(await backends(observer, name)).toBeGreaterThanOrEqual(2);

    await expect(Promise.all([storage.close(), storage.close()])).resolves.toEqual([undefined, undefined]);
    await expect(storage.close()).resolves.toBeUndefined();
    await waitUntil(async () => (await backends(observer, name)) === 0, 'every connection to end');
    await expect(storage.docs.loadDoc('plan:x')).rejects.toThrow();
    await expect(storage.locks.withLock('k', () => Promise.resolve())).rejects.toThrow();
  });
});
