import type { TimerState } from './types';

/**
 * Timer math in server time. The server stores when a running timer ends (not how much is
 * left), so a client needs no ticks from the server: it renders `remainingMs(timer, now)` with
 * `now` = its own clock corrected by `clockOffset`.
 */
const MINUTE = 60_000;

export const IDLE_TIMER: TimerState = { type: 'idle' };

export function startTimer(activityId: string, minutes: number, now: number): TimerState {
  const durationMs = Math.max(0, minutes) * MINUTE;
  return { type: 'running', activityId, endsAt: now + durationMs, durationMs };
}

/** Milliseconds left (never negative), or null when no timer is set. */
export function remainingMs(timer: TimerState, now: number): number | null {
  switch (timer.type) {
    case 'idle':
      return null;
    case 'running':
      // Never more than the duration: a client clock estimated a few ms behind would otherwise
      // show 5:01 on a fresh five-minute timer.
      return Math.min(timer.durationMs, Math.max(0, timer.endsAt - now));
    case 'paused':
      return Math.max(0, timer.remainingMs);
    default: {
      const unknown: never = timer;
      throw new Error(`unknown timer ${JSON.stringify(unknown)}`);
    }
  }
}

export function isExpired(timer: TimerState, now: number): boolean {
  return timer.type !== 'idle' && remainingMs(timer, now) === 0;
}

/** Only a running timer pauses; anything else is returned unchanged. */
export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.type !== 'running') return timer;
  return {
    type: 'paused',
    activityId: timer.activityId,
    remainingMs: Math.max(0, timer.endsAt - now),
    durationMs: timer.durationMs,
  };
}

export function resumeTimer(timer: TimerState, now: number): TimerState {
  if (timer.type !== 'paused') return timer;
  return {
    type: 'running',
    activityId: timer.activityId,
    endsAt: now + timer.remainingMs,
    durationMs: timer.durationMs,
  };
}

/**
 * Adds (or, negative, takes away) minutes. Time added to a timer that already ran out counts
 * from now — "two more minutes" means two minutes from the moment it is said. Time is never
 * taken below zero, and the duration grows with it so a progress ring stays within 100 %.
 */
export function addMinutes(timer: TimerState, minutes: number, now: number): TimerState {
  const delta = minutes * MINUTE;
  switch (timer.type) {
    case 'idle':
      return timer;
    case 'running': {
      const left = Math.max(0, Math.max(timer.endsAt, now) - now + delta);
      return { ...timer, endsAt: now + left, durationMs: Math.max(timer.durationMs + delta, left) };
    }
    case 'paused': {
      const left = Math.max(0, timer.remainingMs + delta);
      return { ...timer, remainingMs: left, durationMs: Math.max(timer.durationMs + delta, left) };
    }
    default: {
      const unknown: never = timer;
      throw new Error(`unknown timer ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * How far the server's clock is ahead of the client's, from one round trip: the client sends
 * at `sentAt`, the server answers with its time, the client receives at `receivedAt`. Assumes
 * the two legs take equally long (as NTP does); the error is at most half the round trip.
 */
export function clockOffset(sample: { sentAt: number; serverTime: number; receivedAt: number }) {
  return sample.serverTime - (sample.sentAt + sample.receivedAt) / 2;
}
