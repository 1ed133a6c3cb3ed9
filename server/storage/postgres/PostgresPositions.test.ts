import { afterEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { PostgresStorage } from './PostgresStorage';
import { postgresSkipReason } from '../contract/engines';
import { createTestSchema } from '../../../tests/support/postgres';

const title = postgresSkipReason
  ? `PostgreSQL positions (skipped: ${postgresSkipReason})`
  : 'PostgreSQL positions';

/**
 * A database created with a linguistic default collation (e.g. nb_NO.UTF-8, as a Norwegian
 * server's initdb makes it) sorts `a0` before `Zz`; fractional-indexing's keys compare as bytes.
 * The test database is C.UTF-8, so the columns are given such a collation here to see that the
 * lists do not depend on the database's.
 */
describe.skipIf(postgresSkipReason !== null)(title, () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('orders knowledge and goals by position as bytes whatever the collation', async (context) => {
    const schema = await createTestSchema();
    cleanups.push(() => schema.drop());
    const storage = await PostgresStorage.open({ url: schema.url, poolSize: 2, lockPoolSize: 1 });
    cleanups.push(() => storage.close());
    const client = new pg.Client({ connectionString: schema.url });
    await client.connect();
    cleanups.push(() => client.end());

    const icu = await client.query("SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu'");
    if (icu.rowCount === 0) context.skip('this PostgreSQL has no ICU collations');
    const linguistic = await client.query<{ before: boolean }>(
      `SELECT 'a0' < 'Zz' COLLATE "und-x-icu" AS before`,
    );
    expect(linguistic.rows[0]?.before).toBe(true);
    await client.query(
      'ALTER TABLE knowledge_items ALTER COLUMN position TYPE TEXT COLLATE "und-x-icu"',
    );
    await client.query(
      'ALTER TABLE plan_goals ALTER COLUMN position TYPE TEXT COLLATE "und-x-icu"',
    );

    await storage.plans.createPlan(
      { id: 'p', title: 'p', municipality: 'Asker', createdAt: 1, updatedAt: 1 },
      'plan:p',
      new Uint8Array([0, 0]),
    );
    for (const [id, position] of [
      ['second', 'a0'],
      ['first', 'Zz'],
      ['third', 'a0V'],
    ] as const) {
      await storage.knowledge.add({
        id,
        planId: 'p',
        title: id,
        description: '',
        url: 'https://example.org',
        fileId: null,
        position,
        createdAt: 1,
      });
      await storage.goals.addGoal({
        id,
        planId: 'p',
        number: '',
        title: id,
        sdg: null,
        position,
        createdAt: 1,
      });
    }
    expect((await storage.knowledge.list('p')).map((k) => k.id)).toEqual([
      'first',
      'second',
      'third',
    ]);
    expect((await storage.goals.listGoals('p')).map((g) => g.id)).toEqual([
      'first',
      'second',
      'third',
    ]);
  });
});
