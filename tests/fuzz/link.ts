import type { ServerToClientEvents } from '../../shared/protocol';

/** A message a client emitted, waiting on the wire to the server. */
export interface ToServer {
  event: string;
  args: unknown[];
}

/** A message the server sent (an event, or the answer to an emit's acknowledgement callback). */
export type ToClient =
  | { kind: 'event'; event: keyof ServerToClientEvents; args: unknown[] }
  | { kind: 'ack'; answer: () => void };

/**
 * One socket session between one client and one server incarnation, as the fuzzer sees it: two
 * FIFO queues. Socket.IO keeps order on a connection and a websocket loses no single message, so
 * the fuzzer may only pick which link to advance, never reorder within one; a disconnect loses
 * everything still in flight in both directions.
 */
export class Link {
  readonly toServer: ToServer[] = [];
  readonly toClient: ToClient[] = [];
  alive = true;
  /** Documents this connection receives room broadcasts for (Socket.IO rooms). */
  readonly subscriptions = new Set<string>();
  private readonly onCut: ((lost: ToServer[]) => void)[] = [];
  /** Set by each end when it takes the link. */
  onServerMessage: (message: ToServer) => void = () => undefined;
  onClientMessage: (message: ToClient) => void = () => undefined;

  constructor(readonly id: string) {}

  /** Runs when the link is cut, from either end; told what was lost on the way to the server. */
  whenCut(listener: (lost: ToServer[]) => void): void {
    this.onCut.push(listener);
  }

  sendToClient(message: ToClient): void {
    if (this.alive) this.toClient.push(message);
  }

  /** Drops everything in flight and tells both ends. */
  cut(): void {
    if (!this.alive) return;
    this.alive = false;
    const lost = this.toServer.splice(0);
    this.toClient.length = 0;
    this.subscriptions.clear();
    for (const listener of this.onCut) listener(lost);
  }

  /** Hands the oldest message on the way to the server to the server. */
  deliverToServer(): void {
    const message = this.toServer.shift();
    if (message) this.onServerMessage(message);
  }

  /** Hands the oldest message on the way to the client to the client. */
  deliverToClient(): void {
    const message = this.toClient.shift();
    if (message) this.onClientMessage(message);
  }

  get inFlight(): number {
    return this.toServer.length + this.toClient.length;
  }
}
