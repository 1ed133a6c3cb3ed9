import { fetchPlan, type PlanSummary } from '../http/plansApi';
import { useResource } from '../http/useResource';

export type PlanRecord =
  | { state: 'loading' }
  | { state: 'found'; plan: PlanSummary }
  | { state: 'not-found' }
  /** Logged in, but this person has no role in the plan. */
  | { state: 'forbidden' }
  /** The server could not be asked (offline): the plan may still be open from this browser. */
  | { state: 'unreachable' };

/** Whether the plan exists and what this person may do in it, asked over HTTP first. */
export function usePlanRecord(planId: string): PlanRecord {
  const { resource } = useResource(`plan:${planId}`, (signal) => fetchPlan(planId, signal));
  switch (resource.state) {
    case 'loading':
      return resource;
    case 'ready':
      return { state: 'found', plan: resource.data };
    case 'refused':
      if (resource.status === 403) return { state: 'forbidden' };
      if (resource.status === 404 || resource.status === 400) return { state: 'not-found' };
      // 401: the session is gone and the guard takes over; anything else is the server's trouble.
      return resource.status === 401 ? { state: 'loading' } : { state: 'unreachable' };
    case 'failed':
      return { state: 'unreachable' };
    default: {
      const unhandled: never = resource;
      return unhandled;
    }
  }
}
