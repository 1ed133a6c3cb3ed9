import { useCallback, useEffect, useState } from 'react';
import { fetchPlans, type PlanSummary } from '../http/plansApi';

export type PlansState =
  { state: 'loading' } | { state: 'ready'; plans: PlanSummary[] } | { state: 'error' };

/** The plan list, newest change first, with a way to fetch it again. */
export function usePlans(): { plans: PlansState; reload: () => void } {
  const [plans, setPlans] = useState<PlansState>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetchPlans(controller.signal).then(
      (list) =>
        setPlans({ state: 'ready', plans: [...list].sort((a, b) => b.updatedAt - a.updatedAt) }),
      () => {
        if (!controller.signal.aborted) setPlans({ state: 'error' });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const reload = useCallback(() => {
    setPlans({ state: 'loading' });
    setAttempt((value) => value + 1);
  }, []);

  return { plans, reload };
}
