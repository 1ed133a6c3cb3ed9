import type { RelayBus } from './RelayBus';

/**
 * An in-memory bus for tests: delivers asynchronously, like Redis, to every subscriber of a
 * channel (the sender included), and can lose messages on purpose.
 */
export class MemoryBus {
  private readonly channels = new Map<string, Set<(message: Uint8Array) => void>>();
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];
  /** Return true to lose a message (as pub/sub may). */
  drop: (channel: string, message: Uint8Array) => boolean = () => false;
  published = 0;
  /** While set, subscriptions wait for `releaseSubscriptions` (a slow Redis). */
  holdSubscriptions = false;
  private held: (() => void)[] = [];

  /** One server's connection to the bus. */
  connect(): RelayBus {
    return {
      publish: (channel, message) => {
        this.published++;
        if (this.drop(channel, message)) return Promise.resolve();
        const copy = message.slice();
        this.inFlight++;
        setImmediate(() => {
          for (const listener of [...(this.channels.get(channel) ?? [])]) listener(copy);
          this.inFlight--;
          if (this.inFlight === 0) this.idleWaiters.splice(0).forEach((resolve) => resolve());
        });
        return Promise.resolve();
      },
      subscribe: (channel, listener) => {
        let listeners = this.channels.get(channel);
        if (!listeners) this.channels.set(channel, (listeners = new Set()));
        const own = (message: Uint8Array) => listener(message);
        const unsubscribe = () => {
          listeners.delete(own);
          return Promise.resolve();
        };
        if (!this.holdSubscriptions) {
          listeners.add(own);
          return Promise.resolve(unsubscribe);
        }
        return new Promise((resolve) =>
          this.held.push(() => {
            listeners.add(own);
            resolve(unsubscribe);
          }),
        );
      },
    };
  }

  releaseSubscriptions(): void {
    this.holdSubscriptions = false;
    this.held.splice(0).forEach((subscribe) => subscribe());
  }

  subscribers(channel: string): number {
    return this.channels.get(channel)?.size ?? 0;
  }

  /**
   * Resolves once no message is in flight (answers to answers included). Waits a turn first:
   * a relay publishes a change once its (promised) storage resolves, after the current one.
   */
  async settled(): Promise<void> {
    do {
      await new Promise((resolve) => setImmediate(resolve));
      while (this.inFlight > 0) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    } while (this.inFlight > 0);
  }
}
