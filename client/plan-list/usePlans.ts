import { fetchPlans, type PlanSummary } from '../http/plansApi';
import { useResource } from '../http/useResource';

export type PlansState =
  { state: 'loading' } | { state: 'ready'; plans: PlanSummary[] } | { state: 'error' };

const byLastChange = (list: PlanSummary[]) => [...list].sort((a, b) => b.updatedAt - a.updatedAt);

/** The plans this person may see, newest change first, with a way to fetch them again. */
export function usePlans(): { plans: PlansState; reload: () => void } {
  const { resource, reload } = useResource('plans', (signal) =>
    fetchPlans(signal).then(byLastChange),
  );
  if (resource.state === 'ready')
    return { plans: { state: 'ready', plans: resource.data }, reload };
  // 401 is handled by the session guard (the person is sent to log in).
  if (resource.state === 'loading' || (resource.state === 'refused' && resource.status === 401))
    return { plans: { state: 'loading' }, reload };
  return { plans: { state: 'error' }, reload };
}
