import type { FastifyInstance, FastifyReply } from 'fastify';
import { ApiErrorCode } from '../../../shared/api/errors';
import { AuditAction } from '../../../shared/api/audit';
import { Permission } from '../../../shared/auth/roles';
import type { DocStore } from '../../docs/DocStore';
import { mayReadDiscussion } from '../../../shared/discussion/permissions';
import { annotateOptionsFor, discussionExportFor, discussionSource } from '../../export/exportDiscussion';
import { CONTENT_TYPES, exportFileName, exportPlan, exportQuerySchema, type ExportedFile } from '../../export/exportPlan';
import { admitRender, renderPlanFile } from '../../export/lazyRenderers';
import { planRenderSource } from '../../export/planRenderSource';
import { planContributors } from '../../export/planContributors';
import { planGoals } from '../../export/planGoals';
import { liveSnapshot, snapshotOfState, versionOf } from '../../versions/planVersions';
import type { AuthContext } from '../authContext';
import { requirePlan } from '../guards';
import { sendError } from '../errors';

/**
 * `GET /api/plans/:id/export?format=docx|pdf|md|html&version=…&lang=…&comments=true&trackChanges=true`
 * for the case file. Without the two flags (a clean copy) the file is what it always was.
 */
export function exportRoutes(app: FastifyInstance, auth: AuthContext, deps: { docs: DocStore }): void {
  app.get<{ Params: { id: string } }>('/api/plans/:id/export', async (request, reply) => {
    const found = await requirePlan(request, reply, auth, request.params.id, Permission.ExportPlan);
    if (!found) return reply;
    const query = exportQuerySchema.safeParse(request.query);
    if (!query.success) {
      return sendError(reply, 400, ApiErrorCode.BadRequest, 'format must be docx, pdf, md or html; lang nb, nn or en; comments and trackChanges true or false');
    }
    const { format, comments, trackChanges } = query.data;
    const lang = query.data.lang ?? found.plan.contentLanguage;
    const annotate = annotateOptionsFor(format, { comments, trackChanges });
    if (annotate && !mayReadDiscussion(found.role)) {
      return sendError(reply, 403, ApiErrorCode.Forbidden, 'Your role in this plan does not show its comments');
    }
    const versionId = query.data.version && query.data.version !== 'live' ? query.data.version : null;
    // DOCX and PDF render in the worker, which reads the plan and builds the model too: refused
    // at once when it is full, before anything is read (issue #16).
    const admitted = format === 'docx' || format === 'pdf' ? admitRender() : null;
    try {
      const version = versionId ? await versionOf(auth.storage.versions, found.plan.id, versionId) : null;
      if (versionId && !version) return sendError(reply, 404, ApiErrorCode.NotFound, 'No such version of this plan');
      const audit = () =>
        auth.audit.record(AuditAction.Exported, request.identity, found.plan.id, {
          format,
          version: version?.id ?? 'live',
          ...(annotate ? { comments, trackChanges } : {}),
        });
      if (admitted && (format === 'docx' || format === 'pdf')) {
        const source = await planRenderSource(
          { docs: deps.docs, storage: auth.storage, log: request.log },
          { plan: found.plan, version, format, locale: lang, annotate, discussionOptions: { comments, trackChanges } },
        );
        const output = await renderPlanFile(source.input, admitted, source.stateHash);
        source.logProblems(output.problems);
        audit();
        const fileName = exportFileName(output.planTitle ?? found.plan.title, version?.name ?? null, format);
        return sendFile(reply, { body: output.body, contentType: CONTENT_TYPES[format], fileName });
      }
      // Markdown and HTML: quick to render, on the main thread.
      const source = annotate
        ? await discussionSource({ docs: deps.docs, log: request.log }, found.plan.id, version, annotate)
        : {
            snapshot: version
              ? snapshotOfState(version.state, { log: request.log, planId: found.plan.id })
              : await liveSnapshot(deps.docs, found.plan.id, request.log),
            discussion: undefined,
          };
      const history = await auth.storage.versions.listVersions(found.plan.id);
      const contributors = await planContributors(auth.storage, found.plan.id);
      const goals = await planGoals(auth.storage, found.plan.id);
      const discussion = discussionExportFor(format, { comments, trackChanges }, source.discussion);
      const file = await exportPlan({
        plan: found.plan,
        snapshot: source.snapshot,
        version,
        history,
        contributors,
        goals,
        format,
        locale: lang,
        ...(discussion ? { discussion } : {}),
      });
      audit();
      return sendFile(reply, file);
    } finally {
      admitted?.();
    }
  });
}

function sendFile(reply: FastifyReply, file: ExportedFile): FastifyReply {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'no-store')
    .send(file.body);
}
