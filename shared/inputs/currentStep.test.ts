import { describe, expect, it } from 'vitest';
import type { ProcessStepEntry } from '../api/versions';
import { currentStep, osloDate } from './currentStep';

const steps: ProcessStepEntry[] = [
  { step: 'drafting', date: '2026-01-10' },
  { step: 'first-reading', date: '2026-03-05' },
  { step: 'consultation', date: '2026-03-10' },
  { step: 'second-reading', date: '2026-06-01' },
  { step: 'adopted', date: null },
];

describe('currentStep', () => {
  it('is the latest dated step on or before today', () => {
    expect(currentStep(steps, '2026-01-09')).toBeNull();
    expect(currentStep(steps, '2026-01-10')).toBe('drafting');
    expect(currentStep(steps, '2026-03-09')).toBe('first-reading');
    expect(currentStep(steps, '2026-03-10')).toBe('consultation');
    expect(currentStep(steps, '2027-01-01')).toBe('second-reading');
  });

  it('takes the later step of two on the same day, and the date over the list order', () => {
    expect(
      currentStep(
        [
          { step: 'consultation', date: '2026-02-01' },
          { step: 'first-reading', date: '2026-02-01' },
        ],
        '2026-02-01',
      ),
    ).toBe('consultation');
    expect(
      currentStep(
        [
          { step: 'drafting', date: '2026-05-01' },
          { step: 'first-reading', date: '2026-02-01' },
        ],
        '2026-06-01',
      ),
    ).toBe('drafting');
  });

  it('counts the day in Norway, not in UTC', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Oslo.
    expect(osloDate(Date.UTC(2025, 11, 31, 23, 30))).toBe('2026-01-01');
    // Summer time: 22:30 UTC is 00:30 the next day.
    expect(osloDate(Date.UTC(2026, 5, 30, 22, 30))).toBe('2026-07-01');
    expect(osloDate(Date.UTC(2026, 5, 30, 21, 30))).toBe('2026-06-30');
  });
});
