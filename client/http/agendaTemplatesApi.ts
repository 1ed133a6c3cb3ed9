import type {
  AgendaTemplateListResponse,
  AgendaTemplateResponse,
  AgendaTemplateSummary,
  CreateAgendaTemplateBody,
} from '../../shared/api/agendaTemplates';
import { apiPath, badResponse, isRecord, request } from './request';

/** A plan's saved agenda templates (RunWorkshops). */
export async function fetchAgendaTemplates(
  planId: string,
  signal?: AbortSignal,
): Promise<AgendaTemplateSummary[]> {
  const body = await request(apiPath`/api/plans/${planId}/agenda-templates`, { signal });
  if (!isRecord(body) || !Array.isArray(body.templates)) throw badResponse('agenda templates');
  return (body as unknown as AgendaTemplateListResponse).templates;
}

export async function saveAgendaTemplate(
  planId: string,
  body: CreateAgendaTemplateBody,
): Promise<AgendaTemplateSummary> {
  const answer = await request(apiPath`/api/plans/${planId}/agenda-templates`, {
    method: 'POST',
    json: body,
  });
  if (!isRecord(answer) || !isRecord(answer.template)) throw badResponse('agenda template');
  return (answer as unknown as AgendaTemplateResponse).template;
}

export async function deleteAgendaTemplate(planId: string, templateId: string): Promise<void> {
  await request(apiPath`/api/plans/${planId}/agenda-templates/${templateId}`, { method: 'DELETE' });
}
