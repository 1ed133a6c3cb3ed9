import { describe, expect, it } from 'vitest';
import { qrPath } from './qrPath';

describe('qrPath', () => {
  it('draws each run of dark modules in a row as one rectangle', () => {
    const grid = [
      [1, 1, 0],
      [0, 1, 0],
      [1, 0, 1],
    ];
    const path = qrPath(3, (row, col) => grid[row]?.[col] === 1);
    expect(path).toBe('M0 0h2v1h-2zM1 1h1v1h-1zM0 2h1v1h-1zM2 2h1v1h-1z');
  });

  it('draws nothing for an empty grid', () => {
    expect(qrPath(4, () => false)).toBe('');
  });
});
