import type { RedisClientType } from '@redis/client';
import type { RelayBus } from './RelayBus';

/**
 * The relay's bus on Redis pub/sub: one connection publishes, one (in subscriber mode) listens,
 * with messages as raw bytes. The client resubscribes by itself after a reconnect; whatever was
 * published meanwhile is dropped, and the relay's resync makes up for it.
 */
export function redisBus(publisher: RedisClientType, subscriber: RedisClientType): RelayBus {
  return {
    async publish(channel, message) {
      // While Redis is down a message is dropped, not queued without bound in memory: the
      // relay's periodic resync (and storage) bring the other servers up to date once it is back.
      if (!publisher.isReady) return;
      await publisher.publish(channel, Buffer.from(message.buffer, message.byteOffset, message.byteLength));
    },
    async subscribe(channel, listener) {
      const onMessage = (message: Buffer) => listener(new Uint8Array(message.buffer, message.byteOffset, message.byteLength));
      await subscriber.subscribe(channel, onMessage, true);
      return () => subscriber.unsubscribe(channel, onMessage, true);
    },
  };
}
