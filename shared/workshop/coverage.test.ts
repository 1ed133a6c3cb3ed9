import { describe, expect, it } from 'vitest';
import { computeCoverage, type CoverageWorkshopInput } from './coverage';

const person = (association: string | null, extra: { removed?: boolean; facilitator?: boolean } = {}) => ({
  association,
  removed: extra.removed ?? false,
  facilitator: extra.facilitator ?? false,
});

const LIST = ['Asker pensjonistforening', 'Ungdomsrådet', 'Idrettsrådet'];

describe('computeCoverage', () => {
  const workshops: CoverageWorkshopInput[] = [
    {
      id: 'w1',
      title: 'Eldre',
      participants: [
        person('Asker pensjonistforening'),
        person('asker  pensjonistforening '),
        person(null),
        person('Sjakklubben'),
        person(null, { facilitator: true }),
      ],
    },
    {
      id: 'w2',
      title: 'Unge',
      participants: [person('Ungdomsrådet'), person('Ungdomsrådet', { removed: true }), person(''), person('Bydelsnettverket')],
    },
  ];

  it('counts listed associations per workshop, matching case and spacing', () => {
    const coverage = computeCoverage(LIST, workshops);
    expect(coverage.workshops).toEqual([
      { id: 'w1', title: 'Eldre', participants: 4 },
      { id: 'w2', title: 'Unge', participants: 3 },
    ]);
    expect(coverage.rows.filter((row) => row.listed)).toEqual([
      { name: 'Asker pensjonistforening', listed: true, counts: [2, 0], total: 2 },
      { name: 'Ungdomsrådet', listed: true, counts: [0, 1], total: 1 },
      { name: 'Idrettsrådet', listed: true, counts: [0, 0], total: 0 },
    ]);
  });

  it('adds written-in associations after the list, by name', () => {
    const rows = computeCoverage(LIST, workshops).rows.filter((row) => !row.listed);
    expect(rows).toEqual([
      { name: 'Bydelsnettverket', listed: false, counts: [0, 1], total: 1 },
      { name: 'Sjakklubben', listed: false, counts: [1, 0], total: 1 },
    ]);
  });

  it('leaves out facilitators and removed people, and counts those without an association', () => {
    expect(computeCoverage(LIST, workshops).unaffiliated).toEqual([1, 1]);
  });

  it('lists the associations not reached yet', () => {
    expect(computeCoverage(LIST, workshops).notReached).toEqual(['Idrettsrådet']);
    expect(computeCoverage(LIST, []).notReached).toEqual(LIST);
  });

  it('merges free-text spellings into one row under the first spelling seen', () => {
    const coverage = computeCoverage([], [
      { id: 'a', title: 'A', participants: [person('Frivilligsentralen'), person('FRIVILLIGSENTRALEN')] },
    ]);
    expect(coverage.rows).toEqual([{ name: 'Frivilligsentralen', listed: false, counts: [2], total: 2 }]);
  });
});
