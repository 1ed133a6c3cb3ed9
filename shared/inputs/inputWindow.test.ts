import { describe, expect, it } from 'vitest';
import type { Consultation } from '../api/publicPage';
import { inputWindow, isOpenAt, versionOfWindow } from './inputWindow';

const T = Date.UTC(2026, 3, 1, 10, 0, 0);

function consultation(id: string, opensAt: number, closesAt: number): Consultation {
  return { id, title: `Høring ${id}`, versionId: `v-${id}`, opensAt, closesAt };
}

describe('inputWindow', () => {
  const c = consultation('a', T, T + 60_000);

  it('is open from the opening millisecond up to, not including, the closing one', () => {
    expect(isOpenAt(c, T - 1)).toBe(false);
    expect(isOpenAt(c, T)).toBe(true);
    expect(isOpenAt(c, T + 59_999)).toBe(true);
    expect(isOpenAt(c, T + 60_000)).toBe(false);
  });

  it('gives the open consultation, with only its public fields', () => {
    const stored = { ...c, planId: 'p', createdAt: 1 };
    const window = inputWindow({ consultations: [stored], openInput: true, publishedVersionId: 'pub', now: T + 1 });
    expect(window).toEqual({ kind: 'consultation', consultation: c });
    expect(versionOfWindow(window, 'pub')).toBe('v-a');
  });

  it('falls back to open input on the published version, and only when one is published', () => {
    const after = T + 60_000;
    const open = inputWindow({ consultations: [c], openInput: true, publishedVersionId: 'pub', now: after });
    expect(open).toEqual({ kind: 'open' });
    expect(versionOfWindow(open, 'pub')).toBe('pub');
    expect(inputWindow({ consultations: [c], openInput: true, publishedVersionId: null, now: after })).toEqual({
      kind: 'closed',
      next: null,
    });
    expect(inputWindow({ consultations: [c], openInput: false, publishedVersionId: 'pub', now: after })).toEqual({
      kind: 'closed',
      next: null,
    });
  });

  it('names the next consultation that has not opened yet when closed', () => {
    const later = consultation('later', T + 10 * 86_400_000, T + 20 * 86_400_000);
    const sooner = consultation('sooner', T + 86_400_000, T + 2 * 86_400_000);
    const window = inputWindow({ consultations: [c, later, sooner], openInput: false, publishedVersionId: null, now: T - 1 });
    expect(window).toEqual({ kind: 'closed', next: c });
    const afterFirst = inputWindow({
      consultations: [c, later, sooner],
      openInput: false,
      publishedVersionId: null,
      now: T + 60_000,
    });
    expect(afterFirst).toEqual({ kind: 'closed', next: sooner });
    expect(versionOfWindow(afterFirst, 'pub')).toBeNull();
  });

  it('prefers the consultation opened last when two overlap', () => {
    const old = consultation('old', T - 1_000, T + 1_000);
    const newer = consultation('new', T - 10, T + 10);
    const window = inputWindow({ consultations: [newer, old], openInput: false, publishedVersionId: null, now: T });
    expect(window).toEqual({ kind: 'consultation', consultation: newer });
  });
});
