import { useCallback, useEffect, useState } from 'react';
import type { PublicPlanResponse } from '../../shared/api/publicPage';
import { getPublic } from './api';

export type PlanLoad =
  | { state: 'loading' }
  | {
      state: 'ready';
      plan: PublicPlanResponse;
      /** `performance.now()` when it arrived: the form token's age is at least the time since. */
      loadedAt: number;
    }
  | { state: 'not-found' }
  | { state: 'failed' };

/**
 * The plan's public data, loaded once for every page. `refresh` fetches it again (a new form
 * token, the input window now) and keeps what is shown until the new data is there, so a form
 * being filled in is never unmounted.
 */
export function usePlan(slug: string | null): { load: PlanLoad; refresh: () => void } {
  const [load, setLoad] = useState<PlanLoad>({ state: 'loading' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    if (slug === null) return;
    let live = true;
    void getPublic<PublicPlanResponse>(encodeURIComponent(slug)).then((result) => {
      if (!live) return;
      setLoad((previous) => {
        if (result.ok) return { state: 'ready', plan: result.data, loadedAt: performance.now() };
        if (previous.state === 'ready' && !result.notFound) return previous;
        return { state: result.notFound ? 'not-found' : 'failed' };
      });
    });
    return () => {
      live = false;
    };
  }, [slug, round]);

  const refresh = useCallback(() => {
    setLoad((previous) => (previous.state === 'failed' ? { state: 'loading' } : previous));
    setRound((n) => n + 1);
  }, []);
  return { load: slug === null ? { state: 'not-found' } : load, refresh };
}
