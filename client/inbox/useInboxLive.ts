import { useEffect, useState } from 'react';
import { SyncConnection } from '../sync/SyncConnection';

export interface InboxLive {
  /** Grows each time the server says the inbox changed (or after a reconnect, when it may have). */
  revision: number;
  /** The inputs the last change was about; empty after a reconnect (anything may have changed). */
  changedIds: readonly string[];
}

/**
 * Keeps the inbox live: its own Socket.IO connection for as long as the page is open, watching
 * the plan's inbox, and watching again after every reconnect (Socket.IO reconnects by itself,
 * with backoff). Only ids come this way; the page reads the inputs over HTTP.
 */
export function useInboxLive(planId: string): InboxLive {
  const [live, setLive] = useState<InboxLive>({ revision: 0, changedIds: [] });

  useEffect(() => {
    const connection = new SyncConnection();
    const socket = connection.socket;
    let connects = 0;
    const watch = () => {
      // A refusal (no longer allowed) needs no handling here: the next HTTP read says so.
      socket.emit('watchInbox', planId, () => {});
      // Changes made while the connection was down were not told: read everything again.
      if (++connects > 1)
        setLive((current) => ({ revision: current.revision + 1, changedIds: [] }));
    };
    socket.on('connect', watch);
    socket.on('inboxChanged', (changedPlan, inputIds) => {
      if (changedPlan !== planId) return;
      setLive((current) => ({ revision: current.revision + 1, changedIds: inputIds }));
    });
    return () => {
      socket.off('connect', watch);
      if (socket.connected) socket.emit('unwatchInbox', planId);
      connection.close();
    };
  }, [planId]);

  return live;
}
