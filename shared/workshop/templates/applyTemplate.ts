import type { ActivityConfig } from '../activityConfig';
import { WorkshopLimits as L } from '../limits';
import { withSource, type TemplateActivity } from './templateActivity';

/** Adds one activity at the end of the agenda; resolves to its new id, or null if refused. */
export type AddActivity = (settings: ActivityConfig) => Promise<string | null>;

export type ApplyOutcome =
  | { ok: true; added: number }
  /** `added` were added before one was refused (another facilitator may have filled the agenda). */
  | { ok: false; reason: 'agendaFull' | 'refused'; added: number };

/**
 * Appends a template's activities in order through `add` (one `addActivity` each), each
 * reference to the template's own brainstorm resolved to the id that brainstorm got. Refuses up
 * front when the agenda has no room for all of them, so a template is not applied by halves.
 */
export async function applyTemplate(
  activities: readonly TemplateActivity[],
  agendaLength: number,
  add: AddActivity,
): Promise<ApplyOutcome> {
  if (agendaLength + activities.length > L.activities) {
    return { ok: false, reason: 'agendaFull', added: 0 };
  }
  const ids: string[] = [];
  for (const activity of activities) {
    const sourceId = activity.source === null ? null : (ids[activity.source] ?? null);
    const id = await add(withSource(activity.settings, sourceId));
    if (id === null) return { ok: false, reason: 'refused', added: ids.length };
    ids.push(id);
  }
  return { ok: true, added: ids.length };
}
