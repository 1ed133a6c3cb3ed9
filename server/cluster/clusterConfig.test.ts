import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';

const pg = { DATABASE_URL: 'postgres://medverk@db:5432/medverk' };

describe('the REDIS_* configuration', () => {
  it('is off without REDIS_URL: one server, no Redis', () => {
    expect(loadConfig({}).redis).toBeNull();
    expect(loadConfig({ REDIS_URL: '' }).redis).toBeNull();
  });

  it('reads the URL, the prefix and the resync interval', () => {
    expect(loadConfig({ ...pg, REDIS_URL: 'redis://redis:6379', REDIS_PREFIX: 'asker:', REDIS_RESYNC_MS: '2000' }).redis).toEqual({
      url: 'redis://redis:6379',
      prefix: 'asker:',
      resyncMs: 2000,
    });
    expect(loadConfig({ ...pg, REDIS_URL: 'redis://redis:6379' }).redis).toMatchObject({ prefix: 'medverk:', resyncMs: 5000 });
  });

  it('refuses several servers without a shared PostgreSQL, and a resync too eager', () => {
    expect(() => loadConfig({ REDIS_URL: 'redis://redis:6379' })).toThrow(/needs DATABASE_URL/);
    expect(() => loadConfig({ ...pg, REDIS_URL: 'redis://redis:6379', REDIS_RESYNC_MS: '5' })).toThrow(/REDIS_RESYNC_MS/);
    expect(() => loadConfig({ ...pg, REDIS_URL: 'not a url' })).toThrow(/REDIS_URL/);
  });
});
