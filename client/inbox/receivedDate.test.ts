import { describe, expect, it } from 'vitest';
import { dayOf, receivedAtOf } from './receivedDate';

describe('the day input was received', () => {
  const now = new Date(2026, 2, 15, 9, 30).getTime();

  it('is now for today', () => {
    expect(receivedAtOf('2026-03-15', now)).toBe(now);
  });

  it('is noon of an earlier day', () => {
    expect(receivedAtOf('2026-02-28', now)).toBe(new Date(2026, 1, 28, 12).getTime());
  });

  it('refuses dates that are not, and days to come', () => {
    expect(receivedAtOf('2026-02-30', now)).toBeNull();
    expect(receivedAtOf('15.03.2026', now)).toBeNull();
    expect(receivedAtOf('', now)).toBeNull();
    expect(receivedAtOf('2026-03-16', now)).toBeNull();
  });

  it('gives the field its value back', () => {
    expect(dayOf(now)).toBe('2026-03-15');
    expect(receivedAtOf(dayOf(now), now)).toBe(now);
  });
});
