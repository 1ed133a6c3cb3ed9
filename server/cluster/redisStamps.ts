import type { RedisClientType } from '@redis/client';
import type { StampStore } from './CommandStamps';

/** A stamp is of use only to the next command; one left unused that long is not worth keeping. */
const STAMP_TTL_MS = 24 * 60 * 60_000;
/** The count outlives its stamp, so a count that starts over can never meet an old stamp. */
const COUNT_TTL_MS = 7 * STAMP_TTL_MS;

/** Workshop command stamps (CommandStamps) in Redis, under `<prefix>stamp:` and `<prefix>count:`. */
export function redisStamps(client: RedisClientType, prefix: string): StampStore {
  const ready = () => {
    // While Redis is down a command would wait in the client's offline queue, holding the lock.
    if (!client.isReady) throw new Error('redis is not connected');
  };
  return {
    async take(key) {
      ready();
      const [stamp, count] = await client
        .multi()
        .getDel(`${prefix}stamp:${key}`)
        .incr(`${prefix}count:${key}`)
        .pExpire(`${prefix}count:${key}`, COUNT_TTL_MS)
        .exec();
      if (typeof count !== 'number')
        throw new Error(`unexpected count from redis: ${String(count)}`);
      return { stamp: typeof stamp === 'string' ? stamp : null, count };
    },
    async put(key, stamp) {
      ready();
      await client.set(`${prefix}stamp:${key}`, stamp, { PX: STAMP_TTL_MS });
    },
  };
}
