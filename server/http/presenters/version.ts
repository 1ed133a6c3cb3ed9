import type { ProcessResponse, VersionSummary } from '../../../shared/api/versions';
import { PROCESS_STEPS } from '../../../shared/api/versions';
import type { StepDate, VersionMeta } from '../../storage/Storage';

/** What leaves the server about a version: never its state (the content has its own route). */
export function presentVersion(version: VersionMeta): VersionSummary {
  return {
    id: version.id,
    name: version.name,
    step: version.step,
    createdAt: version.createdAt,
    createdBy: version.createdBy,
  };
}

/** Every step in order, dated or not, so the client draws the timeline without knowing the list. */
export function presentProcess(dates: readonly StepDate[]): ProcessResponse {
  const byStep = new Map(dates.map((entry) => [entry.step, entry.date]));
  return { steps: PROCESS_STEPS.map((step) => ({ step, date: byStep.get(step) ?? null })) };
}
