import { useCallback, useEffect, useState } from 'react';
import * as Y from 'yjs';
import { useTranslation } from 'react-i18next';
import type { WorkshopAck } from '../../shared/protocol';
import type { WorkshopCommandInput } from '../../shared/workshop/commands';
import { WorkshopErrorCode } from '../../shared/workshop/errors';
import { workshopDocName } from '../../shared/workshop/keys';
import { workshopView, type WorkshopView } from '../../shared/workshop/views/workshopView';
import type { MyPrivateView } from '../../shared/workshop/views/privateView';
import { DocProvider } from '../sync/DocProvider';
import { getConnection } from '../sync/connection';
import { useProviderState, type ProviderState } from '../sync/useProviderState';
import { workshopErrorKey } from './workshopError';

/** A command's answer, with the refusal already in words. */
export type SendResult = WorkshopAck & { error: string | null };

export interface WorkshopSession extends ProviderState {
  doc: Y.Doc | null;
  /** The public doc as data; null until the server's state has arrived. */
  view: WorkshopView | null;
  /** This person's own notes, votes and answers, as the server last sent them. */
  mine: MyPrivateView | null;
  send: (command: WorkshopCommandInput) => Promise<SendResult>;
  /** The server said this person was removed from the workshop. */
  removed: boolean;
}

const ACK_TIMEOUT_MS = 10_000;

/**
 * Opens a workshop's public doc read-only (`workshop:<id>`) on the page's shared connection,
 * re-derives `workshopView` on every update, keeps the private view the server pushes, and sends
 * commands over the same socket.
 */
export function useWorkshop(
  workshopId: string,
  options: { watchOnly?: boolean } = {},
): WorkshopSession {
  const watchOnly = options.watchOnly ?? false;
  const { t } = useTranslation();
  const [session, setSession] = useState<{ id: string; doc: Y.Doc; provider: DocProvider } | null>(
    null,
  );
  const [view, setView] = useState<WorkshopView | null>(null);
  const [mine, setMine] = useState<MyPrivateView | null>(null);
  const [removed, setRemoved] = useState(false);

  useEffect(() => {
    const doc = new Y.Doc();
    const docName = workshopDocName(workshopId);
    const connection = getConnection();
    const provider = new DocProvider(connection, docName, doc, { watchOnly });
    const refresh = () => {
      if (provider.synced) setView(workshopView(doc));
    };
    const onPrivate = (name: string, next: MyPrivateView) => {
      if (name === docName) setMine(next);
    };
    doc.on('update', refresh);
    provider.on('synced', refresh);
    connection.socket.on('workshopPrivate', onPrivate);
    setSession({ id: workshopId, doc, provider });
    return () => {
      connection.socket.off('workshopPrivate', onPrivate);
      doc.off('update', refresh);
      provider.destroy();
      doc.destroy();
      setView(null);
      setMine(null);
    };
  }, [workshopId, watchOnly]);

  const current = session?.id === workshopId ? session : null;
  const state = useProviderState(current?.provider ?? null);
  const provider = current?.provider ?? null;

  const send = useCallback(
    (command: WorkshopCommandInput): Promise<SendResult> =>
      new Promise((resolve) => {
        if (!provider) {
          resolve({
            ok: false,
            code: 'not-joined',
            message: '',
            error: t('workshop.errors.offline'),
          });
          return;
        }
        getConnection()
          .socket.timeout(ACK_TIMEOUT_MS)
          .emit('workshopCommand', provider.docName, command, (timedOut, ack) => {
            if (timedOut) {
              resolve({
                ok: false,
                code: 'not-joined',
                message: 'timeout',
                error: t('workshop.errors.offline'),
              });
            } else if (ack.ok) {
              resolve({ ...ack, error: null });
            } else {
              if (ack.code === WorkshopErrorCode.ParticipantRemoved) setRemoved(true);
              resolve({ ...ack, error: t(workshopErrorKey(ack.code)) });
            }
          });
      }),
    [provider, t],
  );

  return { ...state, doc: current?.doc ?? null, view: current ? view : null, mine, send, removed };
}
