/**
 * Publish/subscribe on named channels between servers, at most once (messages can be lost;
 * the relay's resync makes up for it). Redis in production (`redisBus.ts`), in memory in tests.
 */
export interface RelayBus {
  /** Fire and forget; a failure is reported through the relay's onError, never thrown. */
  publish(channel: string, message: Uint8Array): Promise<void>;
  /** Resolves once subscribed; the returned function unsubscribes this one listener. */
  subscribe(channel: string, listener: (message: Uint8Array) => void): Promise<() => Promise<void>>;
}
