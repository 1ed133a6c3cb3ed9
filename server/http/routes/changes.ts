import type { FastifyInstance } from 'fastify';
import { LIVE } from '../../../shared/api/versions';
import { ApiErrorCode } from '../../../shared/api/errors';
import { AuditAction } from '../../../shared/api/audit';
import { Permission } from '../../../shared/auth/roles';
import type { DocStore } from '../../docs/DocStore';
import { changesQuerySchema, exportChanges, type ChangeSide } from '../../export/exportChanges';
import { resolveSnapshot, versionOf } from '../../versions/planVersions';
import type { AuthContext } from '../authContext';
import { requirePlan } from '../guards';
import { sendError } from '../errors';

/**
 * `GET /api/plans/:id/changes?from=<versionId|live>&to=<versionId|live>&format=docx|pdf|html&lang=`:
 * the change report between two versions, for the case file. Exporting, not reading, is the right
 * it needs: like the plan's own export, it is a file that leaves the service.
 */
export function changesRoutes(app: FastifyInstance, auth: AuthContext, deps: { docs: DocStore }): void {
  const versions = auth.storage.versions;
  app.get<{ Params: { id: string } }>('/api/plans/:id/changes', async (request, reply) => {
    const found = await requirePlan(request, reply, auth, request.params.id, Permission.ExportPlan);
    if (!found) return reply;
    const query = changesQuerySchema.safeParse(request.query);
    if (!query.success) {
      return sendError(reply, 400, ApiErrorCode.BadRequest, 'from and to are needed; format must be docx, pdf or html; lang nb, nn or en');
    }
    const { from, to, format, lang } = query.data;
    const side = async (ref: string): Promise<ChangeSide | null> => {
      const snapshot = await resolveSnapshot({ docs: deps.docs, versions }, found.plan.id, ref);
      if (!snapshot) return null;
      return { ref, snapshot, version: ref === LIVE ? null : await versionOf(versions, found.plan.id, ref) };
    };
    const before = await side(from);
    const after = await side(to);
    if (!before || !after) return sendError(reply, 404, ApiErrorCode.NotFound, 'No such version of this plan');
    const file = await exportChanges({ plan: found.plan, from: before, to: after, format, locale: lang });
    auth.audit.record(AuditAction.Exported, request.identity, found.plan.id, { format, changes: `${from}..${to}` });
    return reply
      .type(file.contentType)
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('cache-control', 'no-store')
      .send(file.body);
  });
}
