import { describe, expect, it } from 'vitest';
import { currentStep } from './PlanTimeline';

const steps = [
  { step: 'drafting', date: '2026-03-01' },
  { step: 'first-reading', date: '2026-09-03' },
  { step: 'consultation', date: null },
  { step: 'second-reading', date: '2026-12-03' },
  { step: 'adopted', date: '2027-01-20' },
] as const;

describe('the current step of the plan', () => {
  it('is the last step whose planned date has come', () => {
    expect(currentStep(steps, '2026-11-27')).toBe('first-reading');
    expect(currentStep(steps, '2026-12-03')).toBe('second-reading');
  });

  it('is the first step before any date, and none without steps', () => {
    expect(currentStep(steps, '2026-01-01')).toBe('drafting');
    expect(currentStep([], '2026-01-01')).toBeNull();
  });
});
