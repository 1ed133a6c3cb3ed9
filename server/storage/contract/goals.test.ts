import { it, expect } from 'vitest';
import type { GoalRecord, Storage } from '../Storage';
import { describeEachEngine } from './engines';

function goal(id: string, position: string, changes: Partial<GoalRecord> = {}): GoalRecord {
  return {
    id,
    planId: 'p',
    number: '1',
    title: `Mål ${id}`,
    sdg: null,
    position,
    createdAt: 3,
    ...changes,
  };
}

const sorted = (links: { goalId: string; focusAreaId: string }[]) =>
  links.map((l) => `${l.focusAreaId}>${l.goalId}`).sort();

describeEachEngine('goals', (open) => {
  async function setup(): Promise<Storage> {
    const storage = await open();
    for (const id of ['p', 'q']) {
      await storage.plans.createPlan(
        { id, title: id, municipality: 'Asker', createdAt: 1, updatedAt: 1 },
        `plan:${id}`,
        new Uint8Array([0, 0]),
      );
    }
    return storage;
  }

  it('adds, orders by position as bytes then insertion, updates and repositions', async () => {
    const { goals } = await setup();
    const g1 = goal('g1', 'a0', { number: '2.1', sdg: 11 });
    await goals.addGoal(g1);
    await goals.addGoal(goal('g2', 'Zz'));
    await goals.addGoal(goal('g3', 'a1'));
    await goals.addGoal(goal('g4', 'a1'));
    await goals.addGoal(goal('other', 'a0', { planId: 'q' }));
    // Moving away and back changes where the row is stored, not its place among equals.
    await goals.setGoalPositions([{ id: 'g3', position: 'a2' }]);
    await goals.setGoalPositions([{ id: 'g3', position: 'a1' }]);
    expect(await goals.getGoal('g1')).toEqual(g1);
    expect((await goals.listGoals('p')).map((g) => g.id)).toEqual(['g2', 'g1', 'g3', 'g4']);

    await goals.updateGoal('g1', { number: '3', title: 'Trygge nærmiljø', sdg: null });
    expect(await goals.getGoal('g1')).toEqual({
      ...g1,
      number: '3',
      title: 'Trygge nærmiljø',
      sdg: null,
    });
    await goals.updateGoal('g2', { number: '1', title: 'Helse', sdg: 3 });
    expect((await goals.getGoal('g2'))?.sdg).toBe(3);

    await goals.setGoalPositions([
      { id: 'g4', position: 'a0' },
      { id: 'g2', position: 'a3' },
    ]);
    expect((await goals.listGoals('p')).map((g) => g.id)).toEqual(['g1', 'g4', 'g3', 'g2']);
    expect(await goals.getGoal('nope')).toBeNull();
    await expect(goals.addGoal(goal('x', 'a0', { planId: 'nope' }))).rejects.toThrow();
  });

  it("replaces a focus area's goals, ignoring ids that are not this plan's goals", async () => {
    const { goals } = await setup();
    for (const id of ['g1', 'g2', 'g3']) await goals.addGoal(goal(id, 'a0'));
    await goals.addGoal(goal('theirs', 'a0', { planId: 'q' }));

    await goals.setFocusAreaGoals('p', 'fa1', ['g1', 'g2', 'g2']);
    await goals.setFocusAreaGoals('p', 'fa2', ['g2']);
    expect(sorted(await goals.listLinks('p'))).toEqual(['fa1>g1', 'fa1>g2', 'fa2>g2']);

    // Another plan's goal and an unknown id are left out; the rest is stored.
    await goals.setFocusAreaGoals('p', 'fa1', ['g3', 'theirs', 'missing']);
    expect(sorted(await goals.listLinks('p'))).toEqual(['fa1>g3', 'fa2>g2']);
    expect(await goals.listLinks('q')).toEqual([]);

    await goals.setFocusAreaGoals('p', 'fa2', []);
    expect(sorted(await goals.listLinks('p'))).toEqual(['fa1>g3']);
  });

  it('removing a goal removes its links', async () => {
    const { goals } = await setup();
    for (const id of ['g1', 'g2']) await goals.addGoal(goal(id, 'a0'));
    await goals.setFocusAreaGoals('p', 'fa1', ['g1', 'g2']);
    await goals.setFocusAreaGoals('p', 'fa2', ['g1']);
    await goals.removeGoal('g1');
    expect(await goals.getGoal('g1')).toBeNull();
    expect(sorted(await goals.listLinks('p'))).toEqual(['fa1>g2']);
  });

  it('concurrent replacements of one focus area from two instances leave one whole list', async () => {
    const first = await setup();
    const second = await open();
    const ids = Array.from({ length: 8 }, (_, i) => `g${i}`);
    for (const id of ids) await first.goals.addGoal(goal(id, 'a0'));
    const lists = Array.from({ length: 10 }, (_, i) => ids.filter((_, j) => (i + j) % 3 !== 0));
    await Promise.all(
      lists.map((list, i) => (i % 2 ? first : second).goals.setFocusAreaGoals('p', 'fa', list)),
    );
    const stored = (await first.goals.listLinks('p')).map((l) => l.goalId).sort();
    expect(lists.map((list) => [...list].sort())).toContainEqual(stored);
  });
});
