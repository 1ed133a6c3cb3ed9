import { z } from 'zod';
import { templateActivitiesSchema, type TemplateActivity } from '../workshop/templates/templateActivity';

/**
 * HTTP contract for a plan's saved agenda templates ("save this agenda as a template"): a name
 * and the activities' settings only (no notes, votes, answers or people), read and kept by those
 * who run the plan's workshops.
 */
export const AGENDA_TEMPLATE_NAME_MAX = 80;
/** Most templates a plan keeps: a short list to pick from, not an archive. */
export const AGENDA_TEMPLATES_MAX = 50;

export const agendaTemplateNameSchema = z
  .string()
  .transform((value) => value.replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1, 'name is required').max(AGENDA_TEMPLATE_NAME_MAX));

export const createAgendaTemplateBodySchema = z.strictObject({
  name: agendaTemplateNameSchema,
  activities: templateActivitiesSchema,
});
export type CreateAgendaTemplateBody = z.input<typeof createAgendaTemplateBodySchema>;

export interface AgendaTemplateSummary {
  id: string;
  name: string;
  activities: TemplateActivity[];
  createdAt: number;
}

export interface AgendaTemplateListResponse {
  /** In the order they were saved. */
  templates: AgendaTemplateSummary[];
}

export interface AgendaTemplateResponse {
  template: AgendaTemplateSummary;
}
