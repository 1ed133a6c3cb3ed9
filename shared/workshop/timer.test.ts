import { describe, expect, it } from 'vitest';
import {
  addMinutes,
  clockOffset,
  IDLE_TIMER,
  isExpired,
  pauseTimer,
  remainingMs,
  resumeTimer,
  startTimer,
} from './timer';

const T0 = 1_700_000_000_000;
const MIN = 60_000;

describe('timer math', () => {
  it('counts down from the start', () => {
    const timer = startTimer('a', 5, T0);
    expect(timer).toEqual({
      type: 'running',
      activityId: 'a',
      endsAt: T0 + 5 * MIN,
      durationMs: 5 * MIN,
    });
    expect(remainingMs(timer, T0)).toBe(5 * MIN);
    expect(remainingMs(timer, T0 + 90_000)).toBe(3.5 * MIN);
    expect(remainingMs(timer, T0 + 10 * MIN)).toBe(0);
    // A clock a little behind the server's never shows more than the whole time box.
    expect(remainingMs(timer, T0 - 800)).toBe(5 * MIN);
    expect(isExpired(timer, T0 + 5 * MIN - 1)).toBe(false);
    expect(isExpired(timer, T0 + 5 * MIN)).toBe(true);
  });

  it('has nothing left when idle', () => {
    expect(remainingMs(IDLE_TIMER, T0)).toBeNull();
    expect(isExpired(IDLE_TIMER, T0)).toBe(false);
    expect(pauseTimer(IDLE_TIMER, T0)).toBe(IDLE_TIMER);
    expect(resumeTimer(IDLE_TIMER, T0)).toBe(IDLE_TIMER);
    expect(addMinutes(IDLE_TIMER, 2, T0)).toBe(IDLE_TIMER);
  });

  it('stands still while paused and continues where it stopped', () => {
    const paused = pauseTimer(startTimer('a', 5, T0), T0 + MIN);
    expect(paused).toEqual({
      type: 'paused',
      activityId: 'a',
      remainingMs: 4 * MIN,
      durationMs: 5 * MIN,
    });
    expect(remainingMs(paused, T0 + 60 * MIN)).toBe(4 * MIN);
    const resumed = resumeTimer(paused, T0 + 30 * MIN);
    expect(remainingMs(resumed, T0 + 30 * MIN)).toBe(4 * MIN);
    expect(remainingMs(resumed, T0 + 34 * MIN)).toBe(0);
    expect(pauseTimer(paused, T0)).toBe(paused);
    expect(resumeTimer(resumed, T0)).toBe(resumed);
  });

  it('pauses an expired timer at zero', () => {
    const paused = pauseTimer(startTimer('a', 1, T0), T0 + 5 * MIN);
    expect(paused).toMatchObject({ type: 'paused', remainingMs: 0 });
  });

  it('adds minutes to a running timer, and the duration with them', () => {
    const timer = addMinutes(startTimer('a', 5, T0), 2, T0 + MIN);
    expect(remainingMs(timer, T0 + MIN)).toBe(6 * MIN);
    expect(timer).toMatchObject({ durationMs: 7 * MIN });
  });

  it('adds minutes to an expired timer from now', () => {
    const timer = addMinutes(startTimer('a', 5, T0), 2, T0 + 8 * MIN);
    expect(remainingMs(timer, T0 + 8 * MIN)).toBe(2 * MIN);
    expect(isExpired(timer, T0 + 8 * MIN)).toBe(false);
  });

  it('takes minutes away, never below zero', () => {
    const running = startTimer('a', 5, T0);
    expect(remainingMs(addMinutes(running, -2, T0), T0)).toBe(3 * MIN);
    const gone = addMinutes(running, -10, T0);
    expect(remainingMs(gone, T0)).toBe(0);
    expect(gone).toMatchObject({ durationMs: 0 });
    const paused = pauseTimer(running, T0 + MIN);
    expect(remainingMs(addMinutes(paused, -1, T0), T0)).toBe(3 * MIN);
    expect(remainingMs(addMinutes(paused, -9, T0), T0)).toBe(0);
    expect(remainingMs(addMinutes(paused, 3, T0), T0)).toBe(7 * MIN);
  });

  it('keeps remaining within the duration, for progress rings', () => {
    let timer = startTimer('a', 1, T0);
    for (const [minutes, at] of [
      [5, 30_000],
      [-3, 60_000],
      [10, 5 * MIN],
    ] as const) {
      timer = addMinutes(timer, minutes, T0 + at);
      const left = remainingMs(timer, T0 + at) ?? 0;
      expect(left).toBeLessThanOrEqual(timer.type === 'idle' ? 0 : timer.durationMs);
    }
  });

  it('estimates the server clock offset from a round trip', () => {
    // Sent at 1000, answered by a server 5 s ahead at 6050, received at 1100.
    expect(clockOffset({ sentAt: 1000, serverTime: 6050, receivedAt: 1100 })).toBe(5000);
    expect(clockOffset({ sentAt: 1000, serverTime: 1000, receivedAt: 1000 })).toBe(0);
  });
});
