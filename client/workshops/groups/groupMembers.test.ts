import { describe, expect, it } from 'vitest';
import { group, person, testView } from '../board/testView';
import { cleanAssignments, openGroupsWithMembers, roundRobin, splittable } from './groupMembers';

describe('openGroupsWithMembers', () => {
  it('lists open groups with the people in them, removed people left out', () => {
    const view = testView({
      groups: [group('g1', 1), group('g2', 2), group('old', 1, { open: false })],
      participants: [
        person('a', { groupId: 'g1' }),
        person('b', { groupId: 'g2' }),
        person('c', { groupId: 'g1', removed: true }),
        person('d', { groupId: 'old' }),
      ],
    });
    expect(
      openGroupsWithMembers(view).map(({ group: g, members }) => [g.id, members.map((m) => m.id)]),
    ).toEqual([
      ['g1', ['a']],
      ['g2', ['b']],
    ]);
  });
});

describe('splittable', () => {
  it('is everyone present but the hosts', () => {
    const view = testView({
      participants: [
        person('a'),
        person('f', { facilitator: true }),
        person('r', { removed: true }),
      ],
    });
    expect(splittable(view).map((p) => p.id)).toEqual(['a']);
  });
});

describe('placing by hand', () => {
  const people = ['a', 'b', 'c', 'd', 'e'].map((id) => person(id));

  it('starts from an even round robin', () => {
    expect(roundRobin(people, 2)).toEqual({ a: 0, b: 1, c: 0, d: 1, e: 0 });
  });

  it('keeps valid choices and falls back to the round robin for the rest', () => {
    expect(cleanAssignments({ a: 1, b: 5, gone: 0 }, people, 3)).toEqual({
      a: 1,
      b: 1,
      c: 2,
      d: 0,
      e: 1,
    });
  });
});
