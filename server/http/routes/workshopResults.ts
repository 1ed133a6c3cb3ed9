import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AuditAction } from '../../../shared/api/audit';
import { ApiErrorCode } from '../../../shared/api/errors';
import {
  promoteBodySchema,
  resultsQuerySchema,
  type PromoteResponse,
  type PromoteTargetsResponse,
  type ResultFormat,
} from '../../../shared/api/workshopResults';
import { can, Permission } from '../../../shared/auth/roles';
import { richToPlainText } from '../../../shared/plan/richText';
import { planSnapshot } from '../../../shared/plan/snapshot';
import { idSchema } from '../../../shared/protocol';
import { resultsLabels } from '../../../shared/workshop/export/labels';
import { resultsCsv } from '../../../shared/workshop/export/resultsCsv';
import { resultsMarkdown } from '../../../shared/workshop/export/resultsMarkdown';
import { workshopDocName } from '../../../shared/workshop/keys';
import { readMeta } from '../../../shared/workshop/publicDoc';
import { roleIn } from '../../auth/planRoles';
import type { DocStore } from '../../docs/DocStore';
import { fileSlug } from '../../export/exportPlan';
import type { WorkshopRecord } from '../../storage/Storage';
import { withLiveDoc } from '../../versions/planVersions';
import { promoteResult, type PromoteContext } from '../../workshops/promote';
import type { AuthContext } from '../authContext';
import { sendError } from '../errors';

type Params = { Params: { id: string } };

const CONTENT_TYPES: Record<ResultFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

/**
 * A workshop's results for the people who may use them in the plan (owner, facilitator,
 * editor): CSV and Markdown downloads, and "use in the plan", which writes a theme or note into
 * the plan's live document as a focus area, strategy or comment with its provenance.
 */
export function workshopResultsRoutes(
  app: FastifyInstance,
  auth: AuthContext,
  deps: { docs: DocStore; discussions: PromoteContext['discussions'] },
): void {
  /** The workshop when the caller may work with its results; otherwise null with an error sent. */
  async function requireResults(request: FastifyRequest<Params>, reply: FastifyReply): Promise<WorkshopRecord | null> {
    if (request.identity.kind === 'anonymous') {
      void sendError(reply, 401, ApiErrorCode.Unauthorized, 'Log in or use an invitation link first');
      return null;
    }
    const id = idSchema.safeParse(request.params.id);
    const workshop = id.success ? await auth.storage.workshops.getWorkshop(id.data) : null;
    const role = workshop ? await roleIn(request.identity, workshop.planId, auth.storage) : null;
    // Outsiders get the same 404 as for a missing workshop: ids do not tell what exists.
    if (!workshop || !role) {
      void sendError(reply, 404, ApiErrorCode.NotFound, 'No such workshop');
      return null;
    }
    if (!can(role, Permission.RunWorkshops) && !can(role, Permission.EditPlan)) {
      void sendError(reply, 403, ApiErrorCode.Forbidden, 'Your role in this plan does not allow this');
      return null;
    }
    return workshop;
  }

  async function download(request: FastifyRequest<Params>, reply: FastifyReply, format: ResultFormat) {
    const workshop = await requireResults(request, reply);
    if (!workshop) return reply;
    const query = resultsQuerySchema.safeParse(request.query);
    if (!query.success) return sendError(reply, 400, ApiErrorCode.BadRequest, 'lang must be nb, nn or en');
    const labels = resultsLabels(query.data.lang);
    const name = workshopDocName(workshop.id);
    const live = await deps.docs.open(name);
    let body: string;
    let title: string;
    try {
      body = format === 'csv' ? resultsCsv(live.doc, labels) : resultsMarkdown(live.doc, labels);
      title = readMeta(live.doc).title || workshop.title;
    } finally {
      deps.docs.release(name);
    }
    auth.audit.record(AuditAction.Exported, request.identity, workshop.planId, {
      format,
      workshopId: workshop.id,
    });
    return reply
      .type(CONTENT_TYPES[format])
      .header('content-disposition', `attachment; filename="${fileSlug(title) || 'verksted'}.${format}"`)
      .header('cache-control', 'no-store')
      .send(body);
  }

  app.get<Params>('/api/workshops/:id/results.csv', (request, reply) => download(request, reply, 'csv'));
  app.get<Params>('/api/workshops/:id/results.md', (request, reply) => download(request, reply, 'md'));

  app.get<Params>('/api/workshops/:id/promote-targets', async (request, reply) => {
    const workshop = await requireResults(request, reply);
    if (!workshop) return reply;
    const snapshot = await withLiveDoc(deps.docs, workshop.planId, planSnapshot);
    return {
      planId: workshop.planId,
      focusAreas: snapshot.focusAreas.map((area) => ({
        id: area.id,
        number: area.number,
        title: area.title,
        strategies: area.strategies.map((strategy) => ({
          id: strategy.id,
          number: strategy.number,
          excerpt: richToPlainText(strategy.body).replace(/\s+/g, ' ').trim().slice(0, 80),
        })),
      })),
    } satisfies PromoteTargetsResponse;
  });

  app.post<Params>('/api/workshops/:id/promote', async (request, reply) => {
    const workshop = await requireResults(request, reply);
    if (!workshop) return reply;
    const body = promoteBodySchema.safeParse(request.body);
    if (!body.success) {
      return sendError(
        reply,
        400,
        ApiErrorCode.BadRequest,
        body.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
      );
    }
    const result = await promoteResult(deps.docs, workshop, body.data, { identity: request.identity, discussions: deps.discussions });
    if (!result.ok && result.reason === 'refused') {
      return sendError(reply, 403, ApiErrorCode.Forbidden, 'Your role in this plan does not allow commenting');
    }
    if (!result.ok) {
      const what = result.reason === 'no-such-source' ? 'No such theme or note in the results' : 'No such focus area or strategy in the plan';
      return sendError(reply, 404, ApiErrorCode.NotFound, what);
    }
    return reply.status(201).send(result.response satisfies PromoteResponse);
  });
}
