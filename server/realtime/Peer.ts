import type { ServerToClientEvents } from '../../shared/protocol';

/**
 * The only view the room logic has of a connection, so rooms and sessions are unit-testable
 * without Socket.IO (the edge in `socketEdge.ts` implements it).
 */
export interface Peer {
  readonly id: string;
  send<E extends keyof ServerToClientEvents>(event: E, ...args: Parameters<ServerToClientEvents[E]>): void;
  /** Start and stop receiving broadcasts for a document. */
  subscribe(doc: string): void;
  unsubscribe(doc: string): void;
}

/** Sends one message to every subscriber of a document except one peer (encoded once). */
export interface Broadcaster {
  broadcast<E extends keyof ServerToClientEvents>(
    doc: string,
    exceptPeerId: string | null,
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): void;
}
