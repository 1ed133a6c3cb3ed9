import type { SyncServer } from '../realtime/socketEdge';

/** The Socket.IO room of the connections watching a plan's input inbox. */
export function inboxRoom(planId: string): string {
  return `inbox:${planId}`;
}

/**
 * Tells the connections watching a plan's inbox that inputs were added or changed. Only ids go
 * out; each client reads the inputs over HTTP, where its access is checked. Through the Redis
 * adapter the room spans every server. Routes are registered before the socket server exists,
 * so the server is attached afterwards; until then (and in tests without sockets) nothing is sent.
 */
export class InboxBroadcast {
  private io: SyncServer | null = null;

  attach(io: SyncServer): void {
    this.io = io;
  }

  changed(planId: string, inputIds: readonly string[]): void {
    if (inputIds.length === 0) return;
    this.io?.to(inboxRoom(planId)).emit('inboxChanged', planId, [...inputIds]);
  }
}
