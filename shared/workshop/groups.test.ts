import { describe, expect, it } from 'vitest';
import * as prng from 'lib0/prng';
import { manualAssignment, randomAssignment, smallestGroup } from './groups';
import { listParticipants, openGroups } from './people';
import { normalizeSeed, seededShuffle } from './random';
import {
  createWorld,
  HOST,
  ok,
  person,
  refusal,
  runningWorkshop,
  type World,
} from './testing/fixture';

const ids = (count: number) =>
  Array.from({ length: count }, (_, i) => `p${String(i).padStart(2, '0')}`);

function sizes(assignment: Map<string, number>, count: number): number[] {
  const result = Array.from({ length: count }, () => 0);
  for (const index of assignment.values()) result[index] = (result[index] ?? 0) + 1;
  return result;
}

describe('random breakout groups', () => {
  it('are the same for the same seed, whatever order the ids come in', () => {
    const people = ids(30);
    const a = randomAssignment(people, 4, 42);
    const b = randomAssignment([...people].reverse(), 4, 42);
    expect([...a].sort()).toEqual([...b].sort());
  });

  it('differ between seeds', () => {
    const people = ids(30);
    const a = [...randomAssignment(people, 4, 1)].sort();
    const b = [...randomAssignment(people, 4, 2)].sort();
    expect(a).not.toEqual(b);
  });

  it('differ in size by at most one, for any count', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const gen = prng.create(seed);
      const people = ids(prng.int32(gen, 0, 70));
      const count = prng.int32(gen, 2, 12);
      const assignment = randomAssignment(people, count, seed);
      expect(assignment.size, `seed=${seed}`).toBe(people.length);
      const groupSizes = sizes(assignment, count);
      expect(Math.max(...groupSizes) - Math.min(...groupSizes), `seed=${seed}`).toBeLessThanOrEqual(
        1,
      );
    }
  });

  it('treat seed 0 and huge seeds as valid seeds', () => {
    expect(normalizeSeed(0)).toBe(1);
    expect(normalizeSeed(-5)).toBe(5);
    expect(normalizeSeed(Number.NaN)).toBe(1);
    expect(normalizeSeed(2 ** 40 + 3)).toBeGreaterThan(0);
    expect(seededShuffle(ids(10), 0)).toEqual(seededShuffle(ids(10), 1));
    expect(seededShuffle(ids(10), 7).sort()).toEqual(ids(10));
  });
});

describe('manual breakout groups', () => {
  it('keep placements and add the rest to the smallest group', () => {
    const result = manualAssignment({ a: 0, b: 0, c: 1 }, ['a', 'b', 'c', 'd', 'e', 'f'], 3);
    expect(result.get('a')).toBe(0);
    expect(result.get('c')).toBe(1);
    expect(result.get('d')).toBe(2);
    expect(result.get('e')).toBe(1);
    expect(result.get('f')).toBe(2);
    expect(sizes(result, 3)).toEqual([2, 2, 2]);
  });

  it('pick the first of equally small groups', () => {
    expect(smallestGroup([3, 1, 1])).toBe(1);
    expect(smallestGroup([0])).toBe(0);
  });
});

describe('splitIntoGroups', () => {
  function split(seed: number): World {
    const world = createWorld(seed);
    runningWorkshop(world, { people: ids(13) });
    ok(world, HOST, { type: 'splitIntoGroups', count: 4, mode: 'random', names: ['Nord', 'Sør'] });
    return world;
  }

  it('is deterministic given the seed from the context', () => {
    const groupsOf = (world: World) => listParticipants(world.pub).map((p) => [p.id, p.groupId]);
    expect(groupsOf(split(7))).toEqual(groupsOf(split(7)));
    const open = openGroups(split(7).pub);
    expect(open.map((g) => [g.number, g.name, g.round])).toEqual([
      [1, 'Nord', 1],
      [2, 'Sør', 1],
      [3, '', 1],
      [4, '', 1],
    ]);
  });

  it('leaves hosts out and balances everyone else', () => {
    const world = split(3);
    const people = listParticipants(world.pub);
    expect(people.find((p) => p.id === HOST.participantId)?.groupId).toBeNull();
    const counts = openGroups(world.pub).map(
      (g) => people.filter((p) => p.groupId === g.id).length,
    );
    expect(counts.sort()).toEqual([3, 3, 3, 4]);
  });

  it('puts latecomers in the smallest group, and a new split replaces the old', () => {
    const world = split(3);
    const before = openGroups(world.pub);
    const joined = ok(world, person('late'), { type: 'join', name: 'Sen' });
    expect(joined.type === 'joined' && joined.groupId).toBeTruthy();
    ok(world, HOST, { type: 'splitIntoGroups', count: 2, mode: 'random' });
    const after = openGroups(world.pub);
    expect(after).toHaveLength(2);
    expect(after.every((g) => g.round === 2)).toBe(true);
    expect(after.map((g) => g.id)).not.toContain(before[0]?.id);
    ok(world, HOST, { type: 'endGroups' });
    expect(openGroups(world.pub)).toEqual([]);
    expect(listParticipants(world.pub).every((p) => p.groupId === null)).toBe(true);
    expect(refusal(world, HOST, { type: 'endGroups' })).toBe('invalid-transition');
  });

  it('places people by hand, the host included if named', () => {
    const world = createWorld(1);
    runningWorkshop(world, { people: ['a', 'b', 'c'] });
    ok(world, HOST, {
      type: 'splitIntoGroups',
      count: 2,
      mode: 'manual',
      assignments: { a: 1, host: 0 },
    });
    const [first, second] = openGroups(world.pub);
    const groupOf = (id: string) => listParticipants(world.pub).find((p) => p.id === id)?.groupId;
    expect(groupOf('a')).toBe(second?.id);
    expect(groupOf('host')).toBe(first?.id);
    expect([groupOf('b'), groupOf('c')].sort()).toEqual([first?.id, second?.id].sort());
  });

  it('refuses inconsistent splits', () => {
    const world = createWorld(1);
    runningWorkshop(world, { people: ['a'] });
    const split = { type: 'splitIntoGroups', count: 2 } as const;
    expect(refusal(world, HOST, { ...split, mode: 'manual' })).toBe('bad-command');
    expect(refusal(world, HOST, { ...split, mode: 'random', assignments: { a: 0 } })).toBe(
      'bad-command',
    );
    expect(refusal(world, HOST, { ...split, mode: 'manual', assignments: { a: 2 } })).toBe(
      'unknown-group',
    );
    expect(refusal(world, HOST, { ...split, mode: 'manual', assignments: { ghost: 0 } })).toBe(
      'unknown-participant',
    );
    expect(refusal(world, HOST, { ...split, mode: 'random', names: ['a', 'b', 'c'] })).toBe(
      'bad-command',
    );
    expect(refusal(world, person('a'), { ...split, mode: 'random' })).toBe('forbidden');
  });
});
