import { describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '../plan/snapshot';
import { isSectionKey, parseSectionKey, sectionLabel } from './sectionLabel';

const snapshot: PlanSnapshot = {
  title: 'Temaplan for medborgerskap',
  municipality: 'Asker kommune',
  purpose: [],
  focusAreas: [
    { id: 'fa1', number: '1', title: 'Arenaer', body: [], strategies: [{ id: 'st1', number: '1.1', body: [] }] },
    {
      id: 'fa2',
      number: '2',
      title: 'Frivillighet',
      body: [],
      strategies: [
        { id: 'st2', number: '2.1', body: [] },
        { id: 'st3', number: '2.2', body: [] },
      ],
    },
    { id: 'fa3', number: '3', title: '  ', body: [], strategies: [] },
  ],
};

describe('sectionLabel', () => {
  it('names the whole plan, focus areas and strategies in each language', () => {
    expect(sectionLabel('plan', snapshot, 'nb')).toBe('Hele planen');
    expect(sectionLabel('plan', snapshot, 'nn')).toBe('Heile planen');
    expect(sectionLabel('plan', snapshot, 'en')).toBe('The whole plan');
    expect(sectionLabel('fa:fa2', snapshot, 'nb')).toBe('Innsatsområde 2: Frivillighet');
    expect(sectionLabel('fa:fa2', snapshot, 'en')).toBe('Focus area 2: Frivillighet');
    expect(sectionLabel('st:st3', snapshot, 'nb')).toBe('Strategi 2.2');
    expect(sectionLabel('st:st3', snapshot, 'en')).toBe('Strategy 2.2');
    expect(sectionLabel('fa:fa3', snapshot, 'nn')).toBe('Innsatsområde 3: Utan tittel');
  });

  it('is null for a key that names nothing in this snapshot', () => {
    expect(sectionLabel('fa:st1', snapshot, 'nb')).toBeNull();
    expect(sectionLabel('st:fa1', snapshot, 'nb')).toBeNull();
    expect(sectionLabel('st:gone', snapshot, 'nb')).toBeNull();
    expect(sectionLabel('xx:fa1', snapshot, 'nb')).toBeNull();
    expect(sectionLabel('fa:', snapshot, 'nb')).toBeNull();
  });

  it('parses only the three key shapes', () => {
    expect(parseSectionKey('plan')).toEqual({ kind: 'plan' });
    expect(parseSectionKey('fa:a_b-1')).toEqual({ kind: 'focusArea', id: 'a_b-1' });
    expect(parseSectionKey('st:x')).toEqual({ kind: 'strategy', id: 'x' });
    expect(isSectionKey('st:<script>')).toBe(false);
    expect(isSectionKey(`fa:${'a'.repeat(65)}`)).toBe(false);
    expect(isSectionKey('Plan')).toBe(false);
  });
});
