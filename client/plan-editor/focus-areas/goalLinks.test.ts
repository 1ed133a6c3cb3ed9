import { describe, expect, it } from 'vitest';
import type { PlanGoal } from '../../../shared/api/publicPage';
import { goalFullName, goalShortName, goalsOfFocusArea } from './goalLinks';

const goal = (id: string, number: string, focusAreaIds: string[]): PlanGoal => ({
  id,
  number,
  title: `Mål ${id}`,
  sdg: null,
  focusAreaIds,
});

describe('goal links', () => {
  it('lists a focus area’s goals in the goals’ own order', () => {
    const goals = [goal('a', '1', ['fa2']), goal('b', '2', ['fa1', 'fa2']), goal('c', '3', [])];
    expect(goalsOfFocusArea(goals, 'fa2').map((g) => g.id)).toEqual(['a', 'b']);
    expect(goalsOfFocusArea(goals, 'fa3')).toEqual([]);
  });

  it('names a goal by its number, or by its title when it has none', () => {
    expect(goalShortName(goal('a', ' 2.1 ', []))).toBe('2.1');
    expect(goalShortName(goal('a', '', []))).toBe('Mål a');
    expect(goalFullName(goal('a', '2', []))).toBe('2 Mål a');
    expect(goalFullName(goal('a', '', []))).toBe('Mål a');
  });
});
