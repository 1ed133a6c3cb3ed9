import type { WorkshopView } from '../../../shared/workshop/views/workshopView';

/** The parts of a workshop a participant is told about when they change. */
export interface LiveState {
  status: WorkshopView['meta']['status'];
  activityId: string | null;
  locked: boolean;
  timer: WorkshopView['timer']['type'];
}

export type LiveEvent =
  | { type: 'started'; activityId: string | null }
  | { type: 'activity'; activityId: string }
  | { type: 'locked' }
  | { type: 'unlocked' }
  | { type: 'paused' }
  | { type: 'resumed' }
  | { type: 'ended' };

export function liveState(view: WorkshopView): LiveState {
  return {
    status: view.meta.status,
    activityId: view.meta.currentActivityId,
    locked: view.meta.inputLocked,
    timer: view.timer.type,
  };
}

/**
 * What one change means to a participant, as one event, never several: a new activity also
 * opens input and starts its timer, but "new activity" is what they need to hear. Null when
 * nothing worth saying changed (a tick, time added, a note moved) or on the first state seen,
 * which the page already shows.
 */
export function liveEvent(before: LiveState | null, after: LiveState): LiveEvent | null {
  if (before === null) return null;
  if (before.status !== after.status) {
    if (after.status === 'ended') return { type: 'ended' };
    if (after.status === 'running') return { type: 'started', activityId: after.activityId };
    return null;
  }
  if (after.status !== 'running') return null;
  if (after.activityId !== null && after.activityId !== before.activityId) {
    return { type: 'activity', activityId: after.activityId };
  }
  if (before.locked !== after.locked) return { type: after.locked ? 'locked' : 'unlocked' };
  if (before.timer === 'running' && after.timer === 'paused') return { type: 'paused' };
  if (before.timer === 'paused' && after.timer === 'running') return { type: 'resumed' };
  return null;
}
