import type { FastifyInstance } from 'fastify';
import type { AuditListResponse } from '../../../shared/api/audit';
import { Permission } from '../../../shared/auth/roles';
import type { AuthContext } from '../authContext';
import { requirePlan } from '../guards';

export function auditRoutes(app: FastifyInstance, auth: AuthContext): void {
  app.get<{ Params: { id: string } }>('/api/plans/:id/audit', async (request, reply) => {
    const found = await requirePlan(request, reply, auth, request.params.id, Permission.ViewAudit);
    if (!found) return reply;
    const records = await auth.storage.audit.list(found.plan.id, 500);
    return {
      entries: records.map((r) => ({ id: r.id, at: r.at, actor: r.actor, action: r.action, detail: r.detail })),
    } satisfies AuditListResponse;
  });
}
