import type { Activity } from '../../../shared/workshop/types';

/** The board a new cluster or vote activity works on: the agenda's last brainstorm. */
export function lastBrainstorm(agenda: readonly Activity[]): string | null {
  return [...agenda].reverse().find((activity) => activity.kind === 'brainstorm')?.id ?? null;
}
