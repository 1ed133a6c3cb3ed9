import type { PlanSummary } from '../../../shared/api/plans';
import type { Role } from '../../../shared/auth/roles';
import type { PlanRecord } from '../../storage/Storage';

/** The presenter: the explicit list of what leaves the server about a plan. */
export function presentPlan(plan: PlanRecord, role: Role | null): PlanSummary {
  return {
    id: plan.id,
    title: plan.title,
    municipality: plan.municipality,
    contentLanguage: plan.contentLanguage,
    updatedAt: plan.updatedAt,
    role,
  };
}
