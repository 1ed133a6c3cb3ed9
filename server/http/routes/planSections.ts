import type { FastifyInstance } from 'fastify';
import type { PlanSectionsResponse } from '../../../shared/api/sections';
import { Permission } from '../../../shared/auth/roles';
import { planSections } from '../../../shared/inputs/planSections';
import type { DocStore } from '../../docs/DocStore';
import { liveSnapshot } from '../../versions/planVersions';
import type { AuthContext } from '../authContext';
import { requirePlan } from '../guards';

/**
 * The current draft's parts (`GET /api/plans/:id/sections`), for pickers in pages that do not
 * open the plan document: the inbox (what an input is about or changed) and the goals (which
 * focus areas serve them). Everyone who reads the plan may list them.
 */
export function planSectionRoutes(
  app: FastifyInstance,
  auth: AuthContext,
  deps: { docs: DocStore },
): void {
  app.get<{ Params: { id: string } }>('/api/plans/:id/sections', async (request, reply) => {
    const found = await requirePlan(request, reply, auth, request.params.id, Permission.ReadPlan);
    if (!found) return reply;
    const snapshot = await liveSnapshot(deps.docs, found.plan.id, request.log);
    return { sections: planSections(snapshot) } satisfies PlanSectionsResponse;
  });
}
