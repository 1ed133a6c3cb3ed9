import { ErrorCode, idSchema, type WatchInboxResult } from '../../shared/protocol';
import { inboxAccess } from '../../shared/inputs/inboxAccess';
import { roleIn } from '../auth/planRoles';
import type { SyncServer } from '../realtime/socketEdge';
import { assertClientEventName, dropReservedEvents } from '../realtime/reservedEvents';
import type { Storage } from '../storage/Storage';
import { inboxRoom } from './InboxBroadcast';

type Ack = (result: WatchInboxResult) => void;

/**
 * Whether this identity may read the plan's inbox now: the role is read fresh, as on every HTTP
 * request, so a revoked link or a changed role counts from the next watch on.
 */
async function mayWatch(
  storage: Storage,
  identity: Parameters<typeof roleIn>[0],
  planId: string,
): Promise<boolean> {
  const role = await roleIn(identity, planId, storage);
  if (!role) return false;
  const settings = await storage.publicPages.getSettings(planId);
  return inboxAccess(role, settings?.inboxRoles ?? []) !== null;
}

/**
 * `watchInbox` / `unwatchInbox`: joins a connection to a plan's inbox room once its access is
 * checked. The room only ever carries input ids; content is read over HTTP with its own checks,
 * so a watcher whose access is later withdrawn learns nothing but that something changed.
 */
export function attachInboxHandlers(
  io: SyncServer,
  storage: Storage,
  onError?: (error: unknown) => void,
): void {
  io.on('connection', (socket) => {
    // Incoming events are untrusted: listen with unknown arguments and validate before use.
    dropReservedEvents(socket);
    const on = (event: string, listener: (...args: unknown[]) => void) => {
      assertClientEventName(event);
      (socket as unknown as { on(event: string, listener: (...args: unknown[]) => void): void }).on(
        event,
        listener,
      );
    };

    on('watchInbox', (planId, ack) => {
      if (typeof ack !== 'function') {
        socket.emit('problem', {
          code: ErrorCode.BadRequest,
          message: 'watchInbox needs an acknowledgement callback',
        });
        return;
      }
      const reply = ack as Ack;
      const parsed = idSchema.safeParse(planId);
      if (!parsed.success) {
        reply({ ok: false, code: ErrorCode.BadRequest, message: 'watchInbox needs a plan id' });
        return;
      }
      void (async () => {
        try {
          if (!(await mayWatch(storage, socket.data.identity, parsed.data))) {
            reply({
              ok: false,
              code: ErrorCode.Forbidden,
              message: 'your role may not read this inbox',
            });
            return;
          }
          await socket.join(inboxRoom(parsed.data));
          reply({ ok: true });
        } catch (error) {
          onError?.(error);
          reply({ ok: false, code: ErrorCode.StorageFailed, message: 'could not check access' });
        }
      })();
    });

    on('unwatchInbox', (planId) => {
      const parsed = idSchema.safeParse(planId);
      if (parsed.success) void socket.leave(inboxRoom(parsed.data));
    });
  });
}
