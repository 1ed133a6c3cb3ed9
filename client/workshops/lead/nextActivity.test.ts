import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../shared/workshop/types';
import { nextActivity } from './nextActivity';

function activity(id: string, state: Activity['state']): Activity {
  return { id, position: id, prompt: id, timeboxMinutes: null, state, kind: 'discussion' };
}

describe('nextActivity', () => {
  it('is the first pending activity after the current one', () => {
    const agenda = [activity('a', 'done'), activity('b', 'active'), activity('c', 'pending'), activity('d', 'pending')];
    expect(nextActivity(agenda, 'b')?.id).toBe('c');
  });

  it('goes back to a skipped one when nothing after the current one is left', () => {
    const agenda = [activity('a', 'pending'), activity('b', 'done'), activity('c', 'active')];
    expect(nextActivity(agenda, 'c')?.id).toBe('a');
  });

  it('is the first pending one when nothing runs, and null when all have run', () => {
    const agenda = [activity('a', 'pending'), activity('b', 'pending')];
    expect(nextActivity(agenda, null)?.id).toBe('a');
    expect(nextActivity([activity('a', 'done'), activity('b', 'active')], 'b')).toBeNull();
  });
});
