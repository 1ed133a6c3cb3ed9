import { describe, expect, it } from 'vitest';
import type { FocusAreaDiff, PlanDiff, StrategyDiff, TextDiff } from '../../shared/plan/diff';
import { excerpt, sectionOptions } from './sections';

const same = (text: string): TextDiff => ({ changed: false, segments: [{ kind: 'same', text }] });

function strategy(
  id: string,
  before: string | null,
  after: string | null,
  body: TextDiff,
): StrategyDiff {
  return {
    id,
    status: after === null ? 'removed' : before === null ? 'added' : 'kept',
    moved: false,
    changed: false,
    numberBefore: before,
    numberAfter: after,
    body,
  };
}

function area(
  id: string,
  after: string | null,
  title: TextDiff,
  strategies: StrategyDiff[],
): FocusAreaDiff {
  return { ...strategy(id, '1', after, same('')), title, strategies };
}

function plan(focusAreas: FocusAreaDiff[]): PlanDiff {
  return {
    changed: false,
    title: same('T'),
    municipality: same('Asker'),
    purpose: same(''),
    focusAreas,
  };
}

describe('sections of the plan to pick from', () => {
  it('lists the plan, each focus area and its strategies in reading order', () => {
    const options = sectionOptions(
      plan([
        area('a', '1', same('Møteplasser'), [
          strategy('s1', '1.1', '1.1', same('Åpne  skolene\netter skoletid')),
          strategy('s2', '1.2', '1.2', same('Frivilligsentral')),
        ]),
        area('b', '2', same('Digital deltakelse'), []),
      ]),
    );
    expect(options).toEqual([
      { key: 'plan', kind: 'plan' },
      { key: 'fa:a', kind: 'focusArea', number: '1', text: 'Møteplasser' },
      { key: 'st:s1', kind: 'strategy', number: '1.1', text: 'Åpne skolene etter skoletid' },
      { key: 'st:s2', kind: 'strategy', number: '1.2', text: 'Frivilligsentral' },
      { key: 'fa:b', kind: 'focusArea', number: '2', text: 'Digital deltakelse' },
    ]);
  });

  it('takes the newer text and leaves out what the newer side removed', () => {
    const title: TextDiff = {
      changed: true,
      segments: [
        { kind: 'removed', text: 'Gammel ' },
        { kind: 'added', text: 'Ny ' },
        { kind: 'same', text: 'tittel' },
      ],
    };
    const options = sectionOptions(
      plan([
        area('a', '1', title, [strategy('gone', '1.1', null, same('x'))]),
        area('removed', null, same('Borte'), []),
      ]),
    );
    expect(options).toEqual([
      { key: 'plan', kind: 'plan' },
      { key: 'fa:a', kind: 'focusArea', number: '1', text: 'Ny tittel' },
    ]);
  });

  it('shortens long texts to an excerpt', () => {
    expect(excerpt('ord '.repeat(40), 20)).toBe('ord ord ord ord ord…');
    expect(excerpt('kort')).toBe('kort');
  });
});
