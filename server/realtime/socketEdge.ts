import type { Server as HttpServer, IncomingMessage } from 'node:http';
import { Server, type Socket } from 'socket.io';
import {
  ErrorCode,
  Limits,
  binarySchema,
  toUint8Array,
  type ClientToServerEvents,
  type JoinResult,
  type ServerToClientEvents,
  type SyncAck,
  type WorkshopAck,
  type DiscussionAck,
} from '../../shared/protocol';
import type { Identity } from '../auth/identity';
import { isSameOrigin } from '../auth/originCheck';
import { assertClientEventName, dropReservedEvents } from './reservedEvents';
import type { LiveSessions } from './LiveSessions';
import type { Broadcaster, Peer } from './Peer';
import { PeerSession, type SessionDeps } from './PeerSession';
import type { WorkshopConnection, WorkshopEndpoint } from '../workshops/WorkshopRunner';
import type { DiscussionRunner } from '../discussions/DiscussionRunner';
import { wireParser } from '../../shared/protocol/wireParser';
import { defaultSendBufferLimits, sendPressure, type SendBufferLimits } from './sendBuffer';
import { refusingAfterExpiry, refusingMessagesAfterExpiry } from './expiryTimer';
import type { ConnectionCaps } from './connectionCaps';
import { closeWhenIdle } from './joinTimeout';

interface SocketData {
  identity: Identity;
}

export type SyncServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type SyncSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** Incoming events are untrusted: listen with unknown arguments and validate before use. */
type UntrustedListener = (...args: unknown[]) => void;
type Reply<T> = (result: T) => void;

/** The default (HEARTBEAT_INTERVAL_MS / HEARTBEAT_TIMEOUT_MS in server/config.ts). */
const DEFAULT_HEARTBEAT = { intervalMs: 1_500, timeoutMs: 2_500 };

export function createSyncServer(httpServer: HttpServer, heartbeat = DEFAULT_HEARTBEAT): SyncServer {
  return new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>(httpServer, {
    // Websocket only: every node can serve every client without sticky sessions.
    transports: ['websocket'],
    parser: wireParser,
    serveClient: false,
    // Set explicitly (Socket.IO's default is 1 MB); the sync layer answers above its own,
    // lower, limit with a clear error instead of a dropped connection.
    maxHttpBufferSize: Limits.transportMaxBytes,
    // Heartbeat, by default a ping every 1.5 s, its pong due within 2.5 s. The client gives up
    // after both (4 s without a ping: "offline" within 5 s) and the server drops a silent peer, and
    // with it its presence, within 4 s (6.5 s if a packet came in meanwhile), not Socket.IO's
    // 25 + 20 s. The client learns both from the handshake.
    pingInterval: heartbeat.intervalMs,
    pingTimeout: heartbeat.timeoutMs,
    // Cross-site websocket hijacking: a browser always sends Origin, and it must be ours. Clients
    // that are not browsers send none and carry no ambient cookie to abuse.
    allowRequest: (request, callback) => {
      const origin = request.headers.origin;
      callback(null, origin === undefined || isSameOrigin(origin, request.headers.host));
    },
  });
}

export function socketBroadcaster(io: SyncServer, limits: SendBufferLimits = defaultSendBufferLimits): Broadcaster {
  return {
    broadcast(doc, exceptPeerId, event, ...args) {
      const except = exceptPeerId ? [exceptPeerId] : [];
      // Slow readers: presence is dropped first, and past the hard limit the socket is closed.
      const overHard: SyncSocket[] = [];
      for (const id of io.of('/').adapter.rooms.get(doc) ?? []) {
        const socket = io.of('/').sockets.get(id);
        if (!socket) continue;
        const pressure = sendPressure(socket.conn, limits);
        if (pressure === 'hard') overHard.push(socket);
        if (pressure === 'hard' || (pressure === 'soft' && event === 'awareness')) except.push(id);
      }
      for (const socket of overHard) socket.disconnect(true);
      // This server's sockets only: other servers get the change through the relay (server/cluster/).
      const target = except.length > 0 ? io.local.to(doc).except(except) : io.local.to(doc);
      target.emit(event, ...args);
    },
  };
}

/** Exported for its send-buffer test. */
export function socketPeer(socket: SyncSocket, limits: SendBufferLimits = defaultSendBufferLimits): Peer {
  return {
    id: socket.id,
    send: (event, ...args) => {
      const pressure = sendPressure(socket.conn, limits);
      if (pressure === 'hard') socket.disconnect(true);
      else if (pressure === 'ok' || event !== 'awareness') socket.emit(event, ...args);
    },
    subscribe: (doc) => void socket.join(doc),
    unsubscribe: (doc) => void socket.leave(doc),
  };
}

/** Limits on connections themselves, before and apart from what they join. */
export interface ConnectionLimits {
  /** The client's address for a handshake, as HTTP derives `request.ip` (TRUST_PROXY). */
  clientAddress: (request: IncomingMessage) => string;
  /** Connections without a session, per address. */
  caps: ConnectionCaps;
  /** How long a connection may hold nothing before it is closed. */
  joinTimeoutMs: number;
}

function asReply<T>(value: unknown): Reply<T> | null {
  return typeof value === 'function' ? (value as Reply<T>) : null;
}

/** Wires each connection to a PeerSession; the only file that knows about Socket.IO sockets. */
export function attachSyncHandlers(
  io: SyncServer,
  deps: SessionDeps,
  identify: (cookieHeader: string | undefined) => Promise<Identity>,
  live: LiveSessions,
  runner: WorkshopEndpoint,
  discussions: Pick<DiscussionRunner, 'command' | 'closed'>,
  limits: ConnectionLimits,
): void {
  io.use((socket, next) => {
    identify(socket.handshake.headers.cookie).then(
      (identity) => {
        socket.data.identity = identity;
        if (identity.kind === 'anonymous') {
          const release = limits.caps.admit(limits.clientAddress(socket.request));
          if (!release) {
            next(connectionRefusal(ErrorCode.TooManyConnections, 'too many connections without a session from this address'));
            return;
          }
          // The transport's end, whether or not the connection got as far as 'connection'.
          socket.conn.once('close', release);
          if (socket.conn.readyState === 'closed') release();
        }
        next();
      },
      (error: unknown) => next(error instanceof Error ? error : new Error('could not identify')),
    );
  });
  io.on('connection', (socket) => {
    // An identity that has run out opens nothing, whatever a late timer has not yet closed.
    const session = new PeerSession(socketPeer(socket), socket.data.identity, { ...deps, access: refusingAfterExpiry(deps.access) });
    live.add(session, () => socket.disconnect(true));
    socket.use(refusingMessagesAfterExpiry(socket.data.identity, () => live.expire(session)));
    const member: WorkshopConnection = {
      id: socket.id,
      identity: socket.data.identity,
      sendPrivate: (doc, view) => socket.emit('workshopPrivate', doc, view),
    };
    // Client events named like Socket.IO's own (`disconnect`, `error`…) are dropped before any listener.
    dropReservedEvents(socket);
    const on = (event: string, listener: UntrustedListener) => {
      assertClientEventName(event);
      (socket as unknown as { on(event: string, listener: UntrustedListener): void }).on(event, listener);
    };
    const badRequest = (message: string, doc?: unknown) =>
      socket.emit('problem', {
        code: ErrorCode.BadRequest,
        message,
        ...(typeof doc === 'string' ? { doc } : {}),
      });
    const fail = (error: unknown, context: string) => deps.onError?.(error, context);
    let joinsUnderway = 0;
    const stopIdleWatch = closeWhenIdle(
      {
        // Its own room is every socket's first; a document or an inbox is another.
        holdsSomething: () => joinsUnderway > 0 || socket.rooms.size > 1,
        close: () => {
          socket.emit('problem', { code: ErrorCode.NotJoined, message: 'closed: the connection joined nothing in time' });
          socket.disconnect(true);
        },
      },
      limits.joinTimeoutMs,
    );

    on('join', (request, ack) => {
      const reply = asReply<JoinResult>(ack);
      if (!reply) {
        badRequest('join needs an acknowledgement callback');
        return;
      }
      joinsUnderway++;
      session.join(request).finally(() => joinsUnderway--).then(
        (result) => {
          reply(result);
          // After the ack, so the client knows it is in before its private view arrives.
          const { doc, watchOnly } = (request ?? {}) as { doc?: unknown; watchOnly?: unknown };
          if (result.ok && typeof doc === 'string' && watchOnly !== true) void runner.entered(member, doc);
        },
        (error: unknown) => {
          fail(error, 'join');
          reply({ ok: false, code: ErrorCode.StorageFailed, message: 'join failed' });
        },
      );
    });

    on('leave', (doc) => {
      session.leave(doc);
      if (typeof doc === 'string') runner.left(member, doc);
    });

    on('workshopCommand', (doc, command, ack) => {
      const reply = asReply<WorkshopAck>(ack);
      if (!reply) {
        badRequest('workshopCommand needs an acknowledgement callback', doc);
        return;
      }
      // Access can be withdrawn while connected; the session knows whether the doc is still open.
      if (typeof doc !== 'string' || !session.hasJoined(doc)) {
        if (typeof doc === 'string') runner.left(member, doc);
        reply({ ok: false, code: ErrorCode.NotJoined, message: 'join the workshop document first' });
        return;
      }
      void runner.command(member, doc, command, reply);
    });

    on('discussionCommand', (doc, command, ack) => {
      const reply = asReply<DiscussionAck>(ack);
      if (!reply) {
        badRequest('discussionCommand needs an acknowledgement callback', doc);
        return;
      }
      // Only a connection that may read the discussion has joined it (the access policy decides).
      if (typeof doc !== 'string' || !session.hasJoined(doc)) {
        reply({ ok: false, code: ErrorCode.NotJoined, message: 'join the discussion document first' });
        return;
      }
      void discussions.command(member, doc, command, reply);
    });

    on('sync', (doc, message, ack) => {
      const reply = asReply<SyncAck>(ack) ?? (() => undefined);
      const binary = binarySchema.safeParse(message);
      if (!binary.success) {
        reply({ ok: false, code: ErrorCode.MalformedUpdate, message: 'sync payload must be binary' });
        return;
      }
      session.sync(doc, toUint8Array(binary.data)).then(reply, (error: unknown) => {
        fail(error, 'sync');
        reply({ ok: false, code: ErrorCode.StorageFailed, message: 'sync failed' });
      });
    });

    on('awareness', (doc, update) => {
      const binary = binarySchema.safeParse(update);
      if (!binary.success) {
        badRequest('awareness payload must be binary', doc);
        return;
      }
      const problem = session.awareness(doc, toUint8Array(binary.data));
      if (problem) socket.emit('problem', problem);
    });

    socket.on('disconnect', () => {
      stopIdleWatch();
      live.remove(session);
      session.close();
      runner.closed(member);
      discussions.closed(member);
    });
  });
}

/** A refused handshake: the client's `connect_error` carries the code in `data`. */
function connectionRefusal(code: ErrorCode, message: string): Error & { data: { code: ErrorCode } } {
  return Object.assign(new Error(message), { data: { code } });
}
