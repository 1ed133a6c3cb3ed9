import { describe, expect, it } from 'vitest';
import { moveInList } from './moveInList';

describe('moveInList', () => {
  it('swaps an id with its neighbour', () => {
    expect(moveInList(['a', 'b', 'c'], 'b', 'up')).toEqual(['b', 'a', 'c']);
    expect(moveInList(['a', 'b', 'c'], 'b', 'down')).toEqual(['a', 'c', 'b']);
  });

  it('refuses to move past either end or an unknown id', () => {
    expect(moveInList(['a', 'b'], 'a', 'up')).toBeNull();
    expect(moveInList(['a', 'b'], 'b', 'down')).toBeNull();
    expect(moveInList(['a', 'b'], 'x', 'up')).toBeNull();
  });

  it('leaves the given list alone', () => {
    const ids = ['a', 'b'];
    moveInList(ids, 'b', 'up');
    expect(ids).toEqual(['a', 'b']);
  });
});
