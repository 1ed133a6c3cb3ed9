import { describe, expect, it } from 'vitest';
import { paragraph } from '../plan/richText';
import type { PlanSnapshot } from '../plan/snapshot';
import { excerpt, planSections } from './planSections';

const snapshot: PlanSnapshot = {
  title: 'Temaplan',
  municipality: 'Asker',
  purpose: [],
  focusAreas: [
    {
      id: 'fa1',
      number: '1',
      title: 'Møteplasser',
      body: [],
      strategies: [
        {
          id: 's1',
          number: '1.1',
          body: [
            paragraph('Åpne skolene for lag og foreninger om kvelden og i helgene, hele året.'),
          ],
        },
        { id: 's2', number: '1.2', body: [paragraph('Kort')] },
      ],
    },
    { id: 'fa2', number: '2', title: 'Frivillighet', body: [], strategies: [] },
  ],
};

describe('the sections of a plan', () => {
  it('lists the whole plan, then each focus area followed by its strategies, as numbered', () => {
    expect(planSections(snapshot)).toEqual([
      { key: 'plan', kind: 'plan' },
      { key: 'fa:fa1', kind: 'focusArea', number: '1', text: 'Møteplasser' },
      {
        key: 'st:s1',
        kind: 'strategy',
        number: '1.1',
        text: 'Åpne skolene for lag og foreninger om kvelden og i helgene,…',
      },
      { key: 'st:s2', kind: 'strategy', number: '1.2', text: 'Kort' },
      { key: 'fa:fa2', kind: 'focusArea', number: '2', text: 'Frivillighet' },
    ]);
  });

  it('shortens long text at a word with an ellipsis', () => {
    expect(excerpt('ord '.repeat(40), 20)).toBe('ord ord ord ord ord…');
    expect(excerpt('  kort \n tekst ')).toBe('kort tekst');
  });
});
