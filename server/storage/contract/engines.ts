import { describe } from 'vitest';
import { useTestEnv } from '../../testing/testEnv';
import type { Storage } from '../Storage';
import { PostgresStorage } from '../postgres/PostgresStorage';
import { createTestSchema, postgresSkipReason as checkPostgres, type TestSchema } from '../../../tests/support/postgres';

/**
 * Opens a storage on this test's database: the first call makes it (fresh and empty), later calls
 * in the same test open another instance on the same database (a second connection, a reopened
 * file, another server). Every instance is closed after the test.
 */
export type OpenStorage = () => Promise<Storage>;

/** Why the PostgreSQL half is skipped, or null when it runs. Decided once per test file. */
export const postgresSkipReason = await checkPostgres('storage contract');

/**
 * The storage contract: the same tests against SQLite (always) and PostgreSQL (a fresh schema
 * per test; skipped, with the reason in the suite's name, only when PostgreSQL is unreachable).
 */
export function describeEachEngine(title: string, body: (open: OpenStorage) => void): void {
  describe(`${title} [sqlite]`, () => {
    const env = useTestEnv();
    body(() => Promise.resolve(env().sqlite()));
  });

  const postgresTitle = postgresSkipReason ? `${title} [postgres] (skipped: ${postgresSkipReason})` : `${title} [postgres]`;
  describe.skipIf(postgresSkipReason !== null)(postgresTitle, () => {
    const env = useTestEnv();
    const schemas = new WeakMap<object, Promise<TestSchema>>();
    body(async () => {
      const current = env();
      let schema = schemas.get(current);
      if (!schema) {
        schema = createTestSchema();
        schemas.set(current, schema);
        current.defer(async () => (await schema!).drop());
      }
      const storage = await PostgresStorage.open({ url: (await schema).url, poolSize: 4, lockPoolSize: 4 });
      current.defer(() => storage.close());
      return storage;
    });
  });
}
