/**
 * Event names a client must never send. Socket.IO raises these on a socket itself (`disconnect`
 * when the connection ends, `error` from middleware, Node's `newListener`/`removeListener`), and
 * it hands a client's event to the same emitter: a client-sent `disconnect` would run the
 * server's disconnect cleanup while the socket stays connected, and a client-sent `error` would
 * pass for a failure of the server's own middleware. The standard client refuses most of these
 * names, but the wire parser (MessagePack) lets any name through, so the server drops them itself.
 */
export const RESERVED_EVENTS: ReadonlySet<string> = new Set([
  'connect',
  'connect_error',
  'disconnect',
  'disconnecting',
  'error',
  'newListener',
  'removeListener',
]);

/** Whether a client-sent event name is one only Socket.IO itself may raise (or not a name at all). */
export function isReservedEvent(event: unknown): boolean {
  return typeof event !== 'string' || RESERVED_EVENTS.has(event);
}

/** The part of a Socket.IO server socket this needs: its per-event middleware. */
export interface EventMiddlewareSocket {
  use(fn: (event: unknown[], next: (error?: Error) => void) => void): unknown;
}

const guarded = new WeakSet<object>();

/**
 * Drops every client event with a reserved name before any listener sees it: the middleware
 * does not call `next`, so Socket.IO neither dispatches the event nor reports an error (an
 * `error` would be one more reserved event). Once per socket, however many handlers call it.
 */
export function dropReservedEvents(socket: EventMiddlewareSocket): void {
  if (guarded.has(socket)) return;
  guarded.add(socket);
  socket.use((event, next) => {
    if (!isReservedEvent(event[0])) next();
  });
}

/**
 * For the wrappers that register handlers of untrusted client events: a reserved name there
 * would be a handler a client could never reach (or one Socket.IO itself would call).
 */
export function assertClientEventName(event: string): void {
  if (RESERVED_EVENTS.has(event))
    throw new Error(`"${event}" is reserved by Socket.IO: not a client event`);
}
