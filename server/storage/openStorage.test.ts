import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { useTestEnv } from '../testing/testEnv';
import { openStorage } from './openStorage';
import { postgresSkipReason } from './contract/engines';
import { createTestSchema } from '../../tests/support/postgres';

describe('openStorage', () => {
  const env = useTestEnv();

  it('opens SQLite in the data dir when DATABASE_URL is unset or empty', async () => {
    for (const databaseUrl of [undefined, '', '  ']) {
      const config = loadConfig({ DATA_DIR: env().dir, ...(databaseUrl === undefined ? {} : { DATABASE_URL: databaseUrl }) });
      expect(config.databaseUrl).toBeNull();
      const storage = await openStorage(config);
      env().defer(() => storage.close());
      expect(storage.kind).toBe('sqlite');
    }
  });

  it('accepts only postgres:// and postgresql:// URLs', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://db.example/medverk' }).databaseUrl).toBe('postgresql://db.example/medverk');
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db.example/medverk' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: 'medverk.db' })).toThrow(/DATABASE_URL/);
  });

  it.skipIf(postgresSkipReason !== null)('opens PostgreSQL when DATABASE_URL is set', async () => {
    const schema = await createTestSchema();
    env().defer(() => schema.drop());
    const storage = await openStorage(loadConfig({ DATA_DIR: env().dir, DATABASE_URL: schema.url }));
    env().defer(() => storage.close());
    expect(storage.kind).toBe('postgres');
    expect(await storage.plans.listPlans()).toEqual([]);
  });
});
