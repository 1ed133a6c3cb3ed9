import type { SyncAck } from '../../shared/protocol';
import type { ClientSocket } from '../../client/sync/SyncConnection';

/** What one client sent as `sync` messages, and how the server answered them. */
export interface SyncTraffic {
  messages: number;
  bytes: number;
  /** Refusals by code, every one (also catch-up pieces the client resends by itself). */
  refusals: Map<string, number>;
  /** Sync messages whose answer has not come yet (none from a connection that dropped). */
  unanswered(): number;
  reset(): void;
}

/** Counts a client's `sync` messages and refusals by wrapping its socket's `emit`. */
export function watchSyncTraffic(socket: ClientSocket): SyncTraffic {
  let answered = 0;
  const traffic: SyncTraffic = {
    messages: 0,
    bytes: 0,
    refusals: new Map(),
    unanswered: () => traffic.messages - answered,
    reset() {
      traffic.messages = 0;
      traffic.bytes = 0;
      answered = 0;
      traffic.refusals.clear();
    },
  };
  // What was in flight when the connection dropped is never answered (the handshake resends it).
  socket.on('disconnect', () => {
    answered = traffic.messages;
  });
  const emit = socket.emit.bind(socket) as (event: string, ...args: unknown[]) => ClientSocket;
  const counting = (event: string, ...args: unknown[]): ClientSocket => {
    const ack = args.at(-1);
    const message = args[1];
    if (event !== 'sync' || typeof ack !== 'function' || !(message instanceof Uint8Array))
      return emit(event, ...args);
    traffic.messages++;
    traffic.bytes += message.byteLength;
    return emit(event, ...args.slice(0, -1), (result: SyncAck) => {
      answered++;
      if (!result.ok) traffic.refusals.set(result.code, (traffic.refusals.get(result.code) ?? 0) + 1);
      (ack as (result: SyncAck) => void)(result);
    });
  };
  (socket as unknown as { emit: typeof counting }).emit = counting;
  return traffic;
}
