import type { FastifyInstance } from 'fastify';
import { ApiErrorCode } from '../../../shared/api/errors';
import { AuditAction } from '../../../shared/api/audit';
import { Permission } from '../../../shared/auth/roles';
import type { DocStore } from '../../docs/DocStore';
import { exportPlan, exportQuerySchema } from '../../export/exportPlan';
import { planContributors } from '../../export/planContributors';
import { liveSnapshot, snapshotOfState, versionOf } from '../../versions/planVersions';
import type { AuthContext } from '../authContext';
import { requirePlan } from '../guards';
import { sendError } from '../errors';

/** `GET /api/plans/:id/export?format=docx|pdf|md|html&version=…&lang=…` for the case file. */
export function exportRoutes(app: FastifyInstance, auth: AuthContext, deps: { docs: DocStore }): void {
  app.get<{ Params: { id: string } }>('/api/plans/:id/export', async (request, reply) => {
    const found = await requirePlan(request, reply, auth, request.params.id, Permission.ExportPlan);
    if (!found) return reply;
    const query = exportQuerySchema.safeParse(request.query);
    if (!query.success) {
      return sendError(reply, 400, ApiErrorCode.BadRequest, 'format must be docx, pdf, md or html; lang nb, nn or en');
    }
    const { format, lang } = query.data;
    const versionId = query.data.version && query.data.version !== 'live' ? query.data.version : null;
    const version = versionId ? await versionOf(auth.storage.versions, found.plan.id, versionId) : null;
    if (versionId && !version) return sendError(reply, 404, ApiErrorCode.NotFound, 'No such version of this plan');
    const snapshot = version
      ? snapshotOfState(version.state, { log: request.log, planId: found.plan.id })
      : await liveSnapshot(deps.docs, found.plan.id, request.log);
    const history = await auth.storage.versions.listVersions(found.plan.id);
    const contributors = await planContributors(auth.storage, found.plan.id);
    const file = await exportPlan({ plan: found.plan, snapshot, version, history, contributors, format, locale: lang });
    auth.audit.record(AuditAction.Exported, request.identity, found.plan.id, { format, version: version?.id ?? 'live' });
    return reply
      .type(file.contentType)
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('cache-control', 'no-store')
      .send(file.body);
  });
}
