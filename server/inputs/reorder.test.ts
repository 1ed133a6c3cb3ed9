import { describe, expect, it } from 'vitest';
import { positionAfter, reorderPositions } from './reorder';

describe('reorderPositions', () => {
  it('gives ascending positions in the requested order', () => {
    const result = reorderPositions(['a', 'b', 'c'], ['c', 'a', 'b']);
    if (!result.ok) throw new Error(result.message);
    expect(result.positions.map((p) => p.id)).toEqual(['c', 'a', 'b']);
    const keys = result.positions.map((p) => p.position);
    expect([...keys].sort()).toEqual(keys);
    expect(new Set(keys).size).toBe(3);
  });

  it('refuses an unknown, doubled or missing id', () => {
    expect(reorderPositions(['a', 'b'], ['a', 'x'])).toMatchObject({ ok: false });
    expect(reorderPositions(['a', 'b'], ['a', 'a'])).toMatchObject({ ok: false });
    expect(reorderPositions(['a', 'b'], ['a'])).toMatchObject({ ok: false });
    expect(reorderPositions([], [])).toMatchObject({ ok: true, positions: [] });
  });
});

describe('positionAfter', () => {
  it('sorts after every position given', () => {
    const first = positionAfter([]);
    const second = positionAfter([first]);
    const third = positionAfter([first, second]);
    expect([third, first, second].sort()).toEqual([first, second, third]);
  });
});
