import { boardOf } from '../activities';
import type { Activity } from '../types';
import { settingsOf, withSource, type TemplateActivity } from './templateActivity';

/**
 * "Save this agenda as a template": each activity's settings in agenda order, a reference to a
 * brainstorm turned into that brainstorm's position. A source that is not an earlier brainstorm
 * of this agenda (moved below it, or removed) is dropped: the template must apply in order.
 */
export function agendaToTemplate(agenda: readonly Activity[]): TemplateActivity[] {
  const positions = new Map(agenda.map((activity, index) => [activity.id, index]));
  return agenda.map((activity, index) => {
    const settings = settingsOf(activity);
    const hasSource = settings.kind === 'cluster' || settings.kind === 'vote';
    const board = hasSource ? boardOf(activity) : null;
    const position = board === null ? undefined : positions.get(board);
    const source =
      position !== undefined && position < index && agenda[position]?.kind === 'brainstorm'
        ? position
        : null;
    return { settings: withSource(settings, null), source };
  });
}
