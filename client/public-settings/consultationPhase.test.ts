import { describe, expect, it } from 'vitest';
import { consultationPhase } from './consultationPhase';

const consultation = { id: 'c', title: 'Høring', versionId: 'v', opensAt: 1_000, closesAt: 2_000 };

describe('consultationPhase', () => {
  it('is upcoming before it opens, open from the opening instant, closed from the closing one', () => {
    expect(consultationPhase(consultation, 999)).toBe('upcoming');
    expect(consultationPhase(consultation, 1_000)).toBe('open');
    expect(consultationPhase(consultation, 1_999)).toBe('open');
    expect(consultationPhase(consultation, 2_000)).toBe('closed');
  });
});
