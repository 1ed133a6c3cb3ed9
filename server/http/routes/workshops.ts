import type { FastifyInstance } from 'fastify';
import {
  createWorkshopBodySchema,
  type WorkshopListResponse,
  type WorkshopResponse,
  type WorkshopSummary,
} from '../../../shared/api/workshops';
import { ApiErrorCode } from '../../../shared/api/errors';
import { Permission } from '../../../shared/auth/roles';
import { idSchema } from '../../../shared/protocol';
import { workshopDocName } from '../../../shared/workshop';
import { principalOf } from '../../auth/identity';
import { roleIn } from '../../auth/planRoles';
import type { DocStore } from '../../docs/DocStore';
import type { WorkshopRecord } from '../../storage/Storage';
import { createWorkshop } from '../../workshops/createWorkshop';
import type { AuthContext } from '../authContext';
import { requirePlan } from '../guards';
import { sendError } from '../errors';

/** The presenter: what leaves the server about a workshop (never who created it). */
export function presentWorkshop(workshop: WorkshopRecord): WorkshopSummary {
  return {
    id: workshop.id,
    planId: workshop.planId,
    title: workshop.title,
    createdAt: workshop.createdAt,
    doc: workshopDocName(workshop.id),
  };
}

export function workshopRoutes(app: FastifyInstance, auth: AuthContext, deps: { docs: DocStore }): void {
  app.post<{ Params: { id: string } }>('/api/plans/:id/workshops', async (request, reply) => {
    const found = await requirePlan(request, reply, auth, request.params.id, Permission.RunWorkshops);
    if (!found) return reply;
    const body = createWorkshopBodySchema.safeParse(request.body);
    if (!body.success) {
      return sendError(reply, 400, ApiErrorCode.BadRequest, body.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    }
    const workshop = await createWorkshop(
      { docs: deps.docs, workshops: auth.storage.workshops },
      found.plan.id,
      body.data,
      principalOf(request.identity),
    );
    const response: WorkshopResponse = {
      workshop: { ...presentWorkshop(workshop), role: found.role },
      serverTime: Date.now(),
    };
    return reply.status(201).send(response);
  });

  app.get<{ Params: { id: string } }>('/api/plans/:id/workshops', async (request, reply) => {
    // Any role in the plan may see which workshops exist; joining one is decided per document.
    const found = await requirePlan(request, reply, auth, request.params.id, null);
    if (!found) return reply;
    const workshops = await auth.storage.workshops.listWorkshops(found.plan.id);
    return { workshops: workshops.map(presentWorkshop) } satisfies WorkshopListResponse;
  });

  app.get<{ Params: { id: string } }>('/api/workshops/:id', async (request, reply) => {
    if (request.identity.kind === 'anonymous') {
      return sendError(reply, 401, ApiErrorCode.Unauthorized, 'Log in or use an invitation link first');
    }
    const id = idSchema.safeParse(request.params.id);
    const workshop = id.success ? await auth.storage.workshops.getWorkshop(id.data) : null;
    const role = workshop ? await roleIn(request.identity, workshop.planId, auth.storage) : null;
    // Outsiders get the same 404 as for a missing workshop: ids do not tell what exists.
    if (!workshop || !role) return sendError(reply, 404, ApiErrorCode.NotFound, 'No such workshop');
    // The slug of a page that is switched on is public anyway; a switched-off one's is not told.
    const page = await auth.storage.publicPages.getSettings(workshop.planId);
    const publicPath = page?.enabled === true ? `/p/${encodeURIComponent(page.slug)}` : null;
    return {
      workshop: { ...presentWorkshop(workshop), role, publicPath },
      serverTime: Date.now(),
    } satisfies WorkshopResponse;
  });
}
