import { describe, expect, it } from 'vitest';
import { liveEvent, type LiveState } from './liveEvent';

const running: LiveState = { status: 'running', activityId: 'a', locked: false, timer: 'running' };

describe('liveEvent', () => {
  it('says nothing about the state the page opened on', () => {
    expect(liveEvent(null, running)).toBeNull();
  });

  it('tells the start once, with the activity it started', () => {
    const draft: LiveState = { status: 'draft', activityId: null, locked: false, timer: 'idle' };
    expect(liveEvent(draft, running)).toEqual({ type: 'started', activityId: 'a' });
    expect(liveEvent(draft, { ...running, activityId: null, timer: 'idle' })).toEqual({
      type: 'started',
      activityId: null,
    });
  });

  it('tells a new activity as one event, though input opens and the timer restarts with it', () => {
    const lockedAndPaused = { ...running, locked: true, timer: 'paused' as const };
    expect(liveEvent(lockedAndPaused, { ...running, activityId: 'b' })).toEqual({
      type: 'activity',
      activityId: 'b',
    });
  });

  it('tells lock, unlock, pause and resume', () => {
    expect(liveEvent(running, { ...running, locked: true })).toEqual({ type: 'locked' });
    expect(liveEvent({ ...running, locked: true }, running)).toEqual({ type: 'unlocked' });
    expect(liveEvent(running, { ...running, timer: 'paused' })).toEqual({ type: 'paused' });
    expect(liveEvent({ ...running, timer: 'paused' }, running)).toEqual({ type: 'resumed' });
  });

  it('stays quiet about what is not news: the same state, a timer that ends or starts', () => {
    expect(liveEvent(running, { ...running })).toBeNull();
    expect(liveEvent(running, { ...running, timer: 'idle' })).toBeNull();
    expect(liveEvent({ ...running, timer: 'idle' }, running)).toBeNull();
  });

  it('tells the end, whatever else changed with it', () => {
    expect(liveEvent(running, { ...running, status: 'ended', timer: 'idle' })).toEqual({
      type: 'ended',
    });
  });
});
