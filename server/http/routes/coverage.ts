import type { FastifyInstance } from 'fastify';
import { Permission } from '../../../shared/auth/roles';
import { listParticipants, readMeta } from '../../../shared/workshop';
import { computeCoverage, type Coverage } from '../../../shared/workshop/coverage';
import type { DocStore } from '../../docs/DocStore';
import { readWorkshopDoc } from '../../workshops/readWorkshopDoc';
import type { AuthContext } from '../authContext';
import { requirePlan } from '../guards';
import { presentAssociations } from './associations';

export type CoverageResponse = Coverage;

/**
 * Which associations took part in which of the plan's workshops, for the owner. The association
 * of each participant is the one recorded in the workshop's participant list when they joined;
 * only association names and counts leave the server, never who.
 */
export function coverageRoutes(app: FastifyInstance, auth: AuthContext, deps: { docs: DocStore }): void {
  app.get<{ Params: { id: string } }>('/api/plans/:id/coverage', async (request, reply) => {
    const found = await requirePlan(request, reply, auth, request.params.id, Permission.ManagePeople);
    if (!found) return reply;
    const [associations, records] = await Promise.all([
      auth.storage.associations.listAssociations(found.plan.id),
      auth.storage.workshops.listWorkshops(found.plan.id),
    ]);
    // Oldest workshop first: the columns read as the order they were held in.
    const workshops = await Promise.all(
      [...records].reverse().map((record) =>
        readWorkshopDoc(deps.docs, record.id, (doc) => ({
          id: record.id,
          title: readMeta(doc).title || record.title,
          participants: listParticipants(doc),
        })),
      ),
    );
    const names = presentAssociations(associations).map((a) => a.name);
    return computeCoverage(names, workshops) satisfies CoverageResponse;
  });
}
