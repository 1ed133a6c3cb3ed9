import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  AGENDA_TEMPLATES_MAX,
  createAgendaTemplateBodySchema,
  type AgendaTemplateListResponse,
  type AgendaTemplateResponse,
  type AgendaTemplateSummary,
} from '../../../shared/api/agendaTemplates';
import { ApiErrorCode } from '../../../shared/api/errors';
import { Permission } from '../../../shared/auth/roles';
import { newId } from '../../../shared/plan/items';
import { templateActivitiesSchema } from '../../../shared/workshop/templates/templateActivity';
import type { AgendaTemplateRecord } from '../../storage/Storage';
import type { AuthContext } from '../authContext';
import { requirePlan } from '../guards';
import { sendError } from '../errors';

function badBody(reply: FastifyReply, issues: readonly { message: string; path: PropertyKey[] }[]): FastifyReply {
  const message = issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message))
    .join('; ');
  return sendError(reply, 400, ApiErrorCode.BadRequest, message);
}

/** A stored template as sent; null (left out) if its activities no longer fit the schema. */
function present(record: AgendaTemplateRecord): AgendaTemplateSummary | null {
  let json: unknown;
  try {
    json = JSON.parse(record.activities);
  } catch {
    return null;
  }
  const activities = templateActivitiesSchema.safeParse(json);
  if (!activities.success) return null;
  return { id: record.id, name: record.name, activities: activities.data, createdAt: record.createdAt };
}

/**
 * A plan's saved agenda templates: listed, saved and deleted by those who run its workshops
 * (RunWorkshops), the same people who build agendas. Only settings are stored (the body's
 * schema has no room for notes, votes or people).
 */
export function agendaTemplateRoutes(app: FastifyInstance, auth: AuthContext): void {
  app.get<{ Params: { id: string } }>('/api/plans/:id/agenda-templates', async (request, reply) => {
    const found = await requirePlan(request, reply, auth, request.params.id, Permission.RunWorkshops);
    if (!found) return reply;
    const records = await auth.storage.agendaTemplates.listAgendaTemplates(found.plan.id);
    const templates = records.map(present).filter((t): t is AgendaTemplateSummary => t !== null);
    return { templates } satisfies AgendaTemplateListResponse;
  });

  app.post<{ Params: { id: string } }>('/api/plans/:id/agenda-templates', async (request, reply) => {
    const found = await requirePlan(request, reply, auth, request.params.id, Permission.RunWorkshops);
    if (!found) return reply;
    const body = createAgendaTemplateBodySchema.safeParse(request.body);
    if (!body.success) return badBody(reply, body.error.issues);
    const record: AgendaTemplateRecord = {
      id: newId(),
      planId: found.plan.id,
      name: body.data.name,
      activities: JSON.stringify(body.data.activities),
      createdAt: Date.now(),
    };
    const added = await auth.storage.agendaTemplates.addAgendaTemplate(record, AGENDA_TEMPLATES_MAX);
    if (!added) {
      return sendError(
        reply,
        409,
        ApiErrorCode.BadRequest,
        `A plan keeps at most ${AGENDA_TEMPLATES_MAX} agenda templates; delete one first`,
      );
    }
    const response: AgendaTemplateResponse = {
      template: { id: record.id, name: record.name, activities: body.data.activities, createdAt: record.createdAt },
    };
    return reply.status(201).send(response);
  });

  app.delete<{ Params: { id: string; templateId: string } }>(
    '/api/plans/:id/agenda-templates/:templateId',
    async (request, reply) => {
      const found = await requirePlan(request, reply, auth, request.params.id, Permission.RunWorkshops);
      if (!found) return reply;
      const removed = await auth.storage.agendaTemplates.removeAgendaTemplate(found.plan.id, request.params.templateId);
      if (!removed) return sendError(reply, 404, ApiErrorCode.NotFound, 'No such agenda template');
      return reply.status(204).send();
    },
  );
}
