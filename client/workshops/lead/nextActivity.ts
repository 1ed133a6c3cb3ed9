import type { Activity } from '../../../shared/workshop/types';

/**
 * What "Next" starts: the first activity still to run after the current one in agenda order,
 * or, when those are all done (the facilitator jumped ahead), the first one still to run at
 * all. Null when every activity has run.
 */
export function nextActivity(
  agenda: readonly Activity[],
  currentId: string | null,
): Activity | null {
  const at = agenda.findIndex((activity) => activity.id === currentId);
  const later = agenda.slice(at + 1).find((activity) => activity.state === 'pending');
  return later ?? agenda.find((activity) => activity.state === 'pending') ?? null;
}
