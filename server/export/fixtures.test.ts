import { describe, expect, it } from 'vitest';
import { buildLargeMeta, buildLargeSnapshot } from './fixtures';

describe('buildLargeSnapshot', () => {
  it('builds 15 focus areas of 10 strategies, numbered as the plan numbers them', () => {
    const snapshot = buildLargeSnapshot();
    expect(snapshot.focusAreas).toHaveLength(15);
    const strategies = snapshot.focusAreas.flatMap((area) => area.strategies);
    expect(strategies).toHaveLength(150);
    expect(strategies.at(-1)?.number).toBe('15.10');
    expect(strategies.every((strategy) => strategy.body.length >= 3)).toBe(true);
    expect(buildLargeMeta(snapshot).provenance).toHaveLength(150);
  });
});
