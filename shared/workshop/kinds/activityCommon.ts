import type { ActivityState } from '../types';

/** What every activity has, whatever its kind. */
export interface ActivityCommon {
  id: string;
  position: string;
  prompt: string;
  timeboxMinutes: number | null;
  state: ActivityState;
}
