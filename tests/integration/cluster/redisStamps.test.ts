import { randomUUID } from 'node:crypto';
import { createClient, type RedisClientType } from '@redis/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisStamps } from '../../../server/cluster/redisStamps';
import { TEST_REDIS_URL, clusterUnavailable } from '../../support/cluster';

const unavailable = await clusterUnavailable('tests/integration/cluster/redisStamps.test.ts');

let client: RedisClientType;
const prefix = `test-stamps-${randomUUID()}:`;

beforeAll(async () => {
  if (unavailable) return;
  client = createClient({ url: TEST_REDIS_URL });
  client.on('error', () => undefined);
  await client.connect();
});

afterAll(async () => {
  if (!client?.isOpen) return;
  const keys = await client.keys(`${prefix}*`);
  if (keys.length > 0) await client.del(keys);
  await client.quit();
});

describe.skipIf(unavailable !== null)(
  `workshop command stamps in Redis${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    it('takes a stamp once, counting every take, and keeps keys of different workshops apart', async () => {
      const stamps = redisStamps(client, prefix);
      expect(await stamps.take('workshop:a')).toEqual({ stamp: null, count: 1 });
      await stamps.put('workshop:a', '1:abc');
      expect(await stamps.take('workshop:b')).toEqual({ stamp: null, count: 1 });
      expect(await stamps.take('workshop:a')).toEqual({ stamp: '1:abc', count: 2 });
      expect(await stamps.take('workshop:a')).toEqual({ stamp: null, count: 3 });
      // Neither key lives for ever.
      expect(await client.pTTL(`${prefix}count:workshop:a`)).toBeGreaterThan(0);
      await stamps.put('workshop:a', '3:def');
      expect(await client.pTTL(`${prefix}stamp:workshop:a`)).toBeGreaterThan(0);
    });

    it('rejects at once, instead of queueing, while the connection is down', async () => {
      const down = createClient({ url: TEST_REDIS_URL });
      down.on('error', () => undefined);
      const stamps = redisStamps(down as RedisClientType, prefix);
      await expect(stamps.take('workshop:c')).rejects.toThrow(/not connected/);
      await expect(stamps.put('workshop:c', '1:x')).rejects.toThrow(/not connected/);
    });
  },
);
