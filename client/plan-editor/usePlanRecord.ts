import { useEffect, useState } from 'react';
import { ApiError, fetchPlan, type PlanSummary } from '../http/plansApi';

export type PlanRecord =
  | { state: 'loading' }
  | { state: 'found'; plan: PlanSummary }
  | { state: 'not-found' }
  /** The server could not be asked (offline): the plan may still be open from this browser. */
  | { state: 'unreachable' };

/** Whether the plan exists, asked over HTTP before the document is opened. */
export function usePlanRecord(planId: string): PlanRecord {
  const [record, setRecord] = useState<{ planId: string; record: PlanRecord } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetchPlan(planId, controller.signal).then(
      (plan) => setRecord({ planId, record: { state: 'found', plan } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const notFound =
          error instanceof ApiError && (error.status === 404 || error.status === 400);
        setRecord({ planId, record: notFound ? { state: 'not-found' } : { state: 'unreachable' } });
      },
    );
    return () => controller.abort();
  }, [planId]);

  return record?.planId === planId ? record.record : { state: 'loading' };
}
