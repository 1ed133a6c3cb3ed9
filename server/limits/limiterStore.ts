import type { RedisClientType } from '@redis/client';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

/**
 * Makes the counters every limit is built on: `points` per window of `windowSeconds`, under its
 * own `name`. One process keeps them in memory; several servers keep them in their shared Redis,
 * so three servers give an attacker one budget, not three.
 */
export type LimiterStore = (
  name: string,
  points: number,
  windowSeconds: number,
) => RateLimiterAbstract;

export function memoryLimiterStore(): LimiterStore {
  return (name, points, windowSeconds) =>
    new RateLimiterMemory({ keyPrefix: name, points, duration: windowSeconds });
}

/**
 * Counters in Redis (node-redis v4, the cluster's own connection). While Redis is unreachable each
 * server counts in memory instead: the limits hold per server rather than not at all.
 */
export function redisLimiterStore(client: RedisClientType, prefix: string): LimiterStore {
  return (name, points, windowSeconds) =>
    new RateLimiterRedis({
      storeClient: client,
      useRedisPackage: true,
      rejectIfRedisNotReady: true,
      keyPrefix: `${prefix}${name}`,
      points,
      duration: windowSeconds,
      insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, points, duration: windowSeconds }),
    });
}
