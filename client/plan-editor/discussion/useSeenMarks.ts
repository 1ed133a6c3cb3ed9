import { useCallback, useEffect, useRef, useState } from 'react';
import type { ThreadView } from '../../../shared/discussion/view';
import { fetchSeenMarks, sendSeenMarks } from './discussionApi';
import { marksToSend, type SeenMarks } from './unread';

/** Marks are sent together a moment after the last one, so expanding several threads is one request. */
const SEND_DELAY_MS = 800;
/** The server takes this many per request. */
const BATCH = 500;

export interface SeenMarksState {
  /** Null until loaded (or when they could not be: then nothing counts as unread). */
  seen: SeenMarks | null;
  markSeen: (threads: readonly ThreadView[]) => void;
}

/**
 * Which threads the person has seen, and up to when. Marking is shown at once and sent in the
 * background; a mark that fails to reach the server only means the thread is shown as new
 * again on the next visit.
 */
export function useSeenMarks(planId: string, enabled: boolean): SeenMarksState {
  const [state, setState] = useState<{ planId: string; seen: SeenMarks } | null>(null);
  const seen = state?.planId === planId ? state.seen : null;
  const seenRef = useRef(seen);
  useEffect(() => {
    seenRef.current = seen;
  }, [seen]);
  const pending = useRef(new Map<string, number>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    // Without marks (a failed request) every thread would look new: better to show none as new.
    fetchSeenMarks(planId, controller.signal).then(
      (marks) => setState({ planId, seen: marks }),
      () => {},
    );
    return () => controller.abort();
  }, [planId, enabled]);

  const flush = useCallback(() => {
    timer.current = null;
    const marks = [...pending.current].map(([threadId, at]) => ({ threadId, at }));
    pending.current.clear();
    for (let index = 0; index < marks.length; index += BATCH) {
      sendSeenMarks(planId, marks.slice(index, index + BATCH)).catch(() => {});
    }
  }, [planId]);

  // Whatever is waiting goes out when the plan is left.
  useEffect(
    () => () => {
      if (timer.current !== null) {
        clearTimeout(timer.current);
        flush();
      }
    },
    [flush],
  );

  const markSeen = useCallback(
    (threads: readonly ThreadView[]) => {
      const current = seenRef.current;
      if (!current) return;
      const marks = marksToSend(threads, current);
      if (marks.length === 0) return;
      const next = { ...current };
      for (const { threadId, at } of marks) {
        next[threadId] = at;
        pending.current.set(threadId, Math.max(at, pending.current.get(threadId) ?? 0));
      }
      seenRef.current = next;
      setState({ planId, seen: next });
      if (timer.current === null) timer.current = setTimeout(flush, SEND_DELAY_MS);
    },
    [planId, flush],
  );

  return { seen, markSeen };
}
