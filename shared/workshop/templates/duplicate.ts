import type { ActivityConfig } from '../activityConfig';
import { WorkshopLimits as L } from '../limits';
import type { Activity } from '../types';
import { settingsOf } from './templateActivity';

/**
 * The `addActivity` that duplicates `activity` right after it: the same settings (a cluster or
 * vote keeps its brainstorm), as a fresh pending activity with nothing in it, its prompt marked
 * with `suffix` (e.g. "(kopi)") and shortened first if the mark would not fit.
 */
export function duplicateCommand(
  agenda: readonly Activity[],
  activity: Activity,
  suffix: string,
): { type: 'addActivity'; activity: ActivityConfig; index: number } {
  const mark = ` ${suffix}`;
  const prompt = `${activity.prompt.slice(0, L.prompt - mark.length).trimEnd()}${mark}`;
  const index = agenda.findIndex((candidate) => candidate.id === activity.id);
  return {
    type: 'addActivity',
    activity: { ...settingsOf(activity), prompt },
    index: index < 0 ? agenda.length : index + 1,
  };
}
