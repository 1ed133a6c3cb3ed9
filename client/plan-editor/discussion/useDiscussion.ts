import { useCallback, useEffect, useState } from 'react';
import * as Y from 'yjs';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { DiscussionAck } from '../../../shared/protocol';
import type { DiscussionCommandInput } from '../../../shared/discussion/commands';
import { DiscussionErrorCode } from '../../../shared/discussion/errors';
import { discussionDocName } from '../../../shared/discussion/keys';
import { discussionView, type DiscussionView } from '../../../shared/discussion/view';
import { DocProvider } from '../../sync/DocProvider';
import { getConnection } from '../../sync/connection';

/** A command's answer, with a refusal already in words. */
export type DiscussionSendResult = DiscussionAck & { error: string | null };

export interface DiscussionSession {
  /** Null until the server's state has arrived (or when this person may not read it). */
  view: DiscussionView | null;
  send: (command: DiscussionCommandInput) => Promise<DiscussionSendResult>;
}

const ACK_TIMEOUT_MS = 10_000;
/** Waits before asking again after `bad-anchor` (see `send`). */
const ANCHOR_RETRY_MS = [300, 1_000, 2_500];

/** The server's answer, or null when it did not come (offline, timed out). */
function emitCommand(docName: string, command: DiscussionCommandInput): Promise<DiscussionAck | null> {
  return new Promise((resolve) => {
    getConnection()
      .socket.timeout(ACK_TIMEOUT_MS)
      .emit('discussionCommand', docName, command, (timedOut: Error | null, ack: DiscussionAck) => resolve(timedOut ? null : ack));
  });
}

function offlineResult(t: TFunction): DiscussionSendResult {
  return { ok: false, code: 'not-joined', message: 'offline', error: t('discussion.errors.offline') };
}
const KNOWN_CODES = new Set<string>(Object.values(DiscussionErrorCode));

/**
 * Opens a plan's discussion (`discussion:<planId>`) read-only on the page's shared connection
 * and sends commands over the same socket. The server is the only writer, so nothing is kept
 * offline: a command sent while offline is refused at once, with words for it.
 */
export function useDiscussion(planId: string, enabled = true): DiscussionSession {
  const { t } = useTranslation();
  const [session, setSession] = useState<{ planId: string; provider: DocProvider } | null>(null);
  const [view, setView] = useState<DiscussionView | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const doc = new Y.Doc();
    const provider = new DocProvider(getConnection(), discussionDocName(planId), doc);
    // One re-read per animation frame at most: a burst of commands is one render.
    let frame: number | null = null;
    const refresh = () => {
      if (!provider.synced || frame !== null) return;
      frame = requestAnimationFrame(() => {
        frame = null;
        setView(discussionView(doc));
      });
    };
    doc.on('update', refresh);
    provider.on('synced', refresh);
    setSession({ planId, provider });
    return () => {
      if (frame !== null) cancelAnimationFrame(frame);
      doc.off('update', refresh);
      provider.destroy();
      doc.destroy();
      setView(null);
      setSession(null);
    };
  }, [planId, enabled]);

  const provider = session?.planId === planId ? session.provider : null;
  const send = useCallback(
    async (command: DiscussionCommandInput): Promise<DiscussionSendResult> => {
      if (!provider) return offlineResult(t);
      let ack = await emitCommand(provider.docName, command);
      // An anchor into text typed a moment ago may reach the server after the command that
      // names it (the edit is still being stored, or relayed between servers): ask again shortly.
      for (const delay of ANCHOR_RETRY_MS) {
        if (!ack || ack.ok || ack.code !== DiscussionErrorCode.BadAnchor) break;
        await new Promise((wake) => setTimeout(wake, delay));
        ack = await emitCommand(provider.docName, command);
      }
      if (!ack) return offlineResult(t);
      if (ack.ok) return { ...ack, error: null };
      const key = KNOWN_CODES.has(ack.code) ? (ack.code as DiscussionErrorCode) : 'failed';
      return { ...ack, error: t(`discussion.errors.${key}`) };
    },
    [provider, t],
  );

  return { view: provider ? view : null, send };
}
