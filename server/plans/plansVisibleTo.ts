import type { PlanSummary } from '../../shared/api/plans';
import { roleIn } from '../auth/planRoles';
import type { Identity } from '../auth/identity';
import type { InviteStorage, MemberStorage, PlanStorage } from '../storage/Storage';
import { presentPlan } from '../http/presenters/plan';

/**
 * The plans in a person's plan list: those they have a role in, and for an administrator every
 * plan (with a null role where they have none), so no plan is out of reach of the people who
 * run the installation.
 */
export async function plansVisibleTo(
  identity: Identity,
  auth: { storage: { plans: PlanStorage; members: MemberStorage; invites: InviteStorage } },
): Promise<PlanSummary[]> {
  const storage = auth.storage;
  const isAdmin = identity.kind === 'user' && identity.user.isAdmin;
  const visible: PlanSummary[] = [];
  for (const plan of await storage.plans.listPlans()) {
    const role = await roleIn(identity, plan.id, storage);
    if (role || isAdmin) visible.push(presentPlan(plan, role));
  }
  return visible;
}
