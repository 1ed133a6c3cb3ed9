import { useCallback, useEffect, useRef, useState } from 'react';
import type { JoinCodeResponse } from '../../shared/api/joinCodes';
import { fetchShownJoinCode } from './shownCodeApi';
import { nextCheckInMs, stillShown } from './shownCodeState';

export interface ShownJoinCode {
  /** The workshop's code in use, or null (none made, expired or withdrawn). */
  code: JoinCodeResponse | null;
  /** False until the server has answered once (or failed to). */
  loaded: boolean;
  /** A code just made on this page: shown at once, without waiting for the next check. */
  show: (code: JoinCodeResponse) => void;
}

/**
 * The workshop's join code, from the server: the same for every facilitator and the projector
 * view. There is no push for it, so it is asked for again now and then (a co-facilitator may
 * make a new one) and when it expires; a failed check keeps what is on screen.
 */
export function useShownJoinCode(workshopId: string): ShownJoinCode {
  const [state, setState] = useState<{ workshopId: string; code: JoinCodeResponse | null } | null>(
    null,
  );
  const [now, setNow] = useState(() => Date.now());
  // Bumped when this page makes a code: an answer to a check asked before then is older news.
  const generation = useRef(0);
  const current = state?.workshopId === workshopId ? state : null;

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let known: JoinCodeResponse | null = null;
    const check = () => {
      const asked = generation.current;
      fetchShownJoinCode(workshopId, controller.signal)
        .then(
          (code) => {
            if (asked !== generation.current) return;
            known = code;
            setState({ workshopId, code });
          },
          () => {
            // Offline or a hiccup: keep showing what we have; the next check may succeed.
            if (!controller.signal.aborted)
              setState((previous) => previous ?? { workshopId, code: null });
          },
        )
        .finally(() => {
          if (controller.signal.aborted) return;
          setNow(Date.now());
          timer = setTimeout(check, nextCheckInMs(known, Date.now()));
        });
    };
    check();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [workshopId]);

  const show = useCallback(
    (code: JoinCodeResponse) => {
      generation.current++;
      setNow(Date.now());
      setState({ workshopId, code });
    },
    [workshopId],
  );

  return { code: stillShown(current?.code ?? null, now), loaded: current !== null, show };
}
