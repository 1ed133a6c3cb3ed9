import { describe, expect, it } from 'vitest';
import { compareByPosition, positionAt, sortByPosition, type Positioned } from './ordering';

/** The item at `index`, which the test knows is there. */
function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item at ${index}`);
  return item;
}

describe('ordering', () => {
  const tied: Positioned[] = [
    { id: 'a', position: 'a0' },
    { id: 'b', position: 'a1' },
    { id: 'c', position: 'a1' },
    { id: 'd', position: 'a1' },
    { id: 'e', position: 'a2' },
  ];

  it('breaks ties in position by id', () => {
    const shuffled = [3, 1, 4, 0, 2].map((index) => at(tied, index));
    expect(sortByPosition(shuffled).map((item) => item.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(compareByPosition(at(tied, 1), at(tied, 1))).toBe(0);
  });

  it('places before and after a tie group', () => {
    const before = positionAt(tied, 1);
    expect(before > 'a0' && before < 'a1').toBe(true);
    const after = positionAt(tied, 4);
    expect(after > 'a1' && after < 'a2').toBe(true);
  });

  it('places an index inside a tie group right after the group, never failing', () => {
    for (const index of [2, 3]) {
      const position = positionAt(tied, index);
      expect(position > 'a1' && position < 'a2').toBe(true);
    }
  });

  it('steps over missing and invalid positions', () => {
    const broken = [
      { id: 'a', position: 'a0' },
      { id: 'b', position: 'not a key!' },
      { id: 'c', position: '' },
    ];
    expect(positionAt(broken, 0) < 'a0').toBe(true);
    expect(positionAt(broken, 2) > 'a0').toBe(true);
    expect(positionAt(broken, 3) > 'a0').toBe(true);
    expect(sortByPosition([at(broken, 2), at(broken, 0)]).map((item) => item.id)).toEqual([
      'a',
      'c',
    ]);
  });

  it('handles a list where every position is equal', () => {
    const same = [
      { id: 'a', position: 'a0' },
      { id: 'b', position: 'a0' },
    ];
    expect(positionAt(same, 0) < 'a0').toBe(true);
    expect(positionAt(same, 1) > 'a0').toBe(true);
    expect(positionAt(same, 2) > 'a0').toBe(true);
    expect(positionAt([], 0)).toBe('a0');
  });
});
