import { useParams } from 'react-router';
import { Permission } from '../../shared/auth/roles';
import { useOwnedPlan, type OwnedPlan } from '../auth/useOwnedPlan';

/** The plan behind a versions page: anyone who may read the plan may open it. */
export function usePlanPage(): { planId: string; plan: OwnedPlan } {
  const { planId = '' } = useParams();
  const plan = useOwnedPlan(planId, Permission.ReadPlan);
  return { planId, plan };
}
