import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ApiErrorCode } from '../../../shared/api/errors';
import { planDocName } from '../../../shared/protocol';
import { planSnapshot } from '../../../shared/plan/snapshot';
import { renderMarkdown } from '../../../shared/export/markdown';
import { exportLabels } from '../../../shared/export/labels';
import { AuditAction } from '../../../shared/api/audit';
import { Permission } from '../../../shared/auth/roles';
import type { DocStore } from '../../docs/DocStore';
import type { AuthContext } from '../authContext';
import { requirePlan } from '../guards';
import { logPlanProblems } from '../../versions/planProblems';
import { planGoals } from '../../export/planGoals';
import { sendError } from '../errors';

const querySchema = z.object({ lang: z.enum(['nb', 'nn', 'en']).default('nb') });

/** A file name people recognise, safe in a Content-Disposition header. */
function fileName(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `${base || 'plan'}.md`;
}

export function exportMarkdownRoutes(app: FastifyInstance, auth: AuthContext, deps: { docs: DocStore }): void {
  app.get<{ Params: { id: string } }>('/api/plans/:id/export.md', async (request, reply) => {
    const found = await requirePlan(request, reply, auth, request.params.id, Permission.ExportPlan);
    if (!found) return reply;
    const { plan } = found;
    const query = querySchema.safeParse(request.query);
    if (!query.success) return sendError(reply, 400, ApiErrorCode.BadRequest, 'lang must be nb, nn or en');
    auth.audit.record(AuditAction.Exported, request.identity, plan.id, { format: 'md' });
    const goals = await planGoals(auth.storage, plan.id);
    const name = planDocName(plan.id);
    const live = await deps.docs.open(name);
    try {
      const markdown = renderMarkdown(
        planSnapshot(live.doc, logPlanProblems(request.log, plan.id, live.doc)),
        exportLabels(query.data.lang),
        goals,
      );
      return reply
        .type('text/markdown; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName(plan.title)}"`)
        .send(markdown);
    } finally {
      deps.docs.release(name);
    }
  });
}
