import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from './localDateTime';

describe('local date and time fields', () => {
  it('reads a field value as local time', () => {
    expect(fromLocalInput('2025-10-01T09:30')).toBe(new Date(2025, 9, 1, 9, 30).getTime());
    expect(fromLocalInput('2025-10-01T09:30:15')).toBe(new Date(2025, 9, 1, 9, 30, 15).getTime());
  });

  it('writes an instant back as the same field value', () => {
    const ms = new Date(2026, 0, 31, 23, 5).getTime();
    expect(toLocalInput(ms)).toBe('2026-01-31T23:05');
    expect(fromLocalInput(toLocalInput(ms))).toBe(ms);
    const withSeconds = new Date(2026, 0, 31, 23, 5, 7).getTime();
    expect(toLocalInput(withSeconds)).toBe('2026-01-31T23:05:07');
  });

  it('refuses empty, malformed and impossible values', () => {
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('1. oktober')).toBeNull();
    expect(fromLocalInput('2025-02-31T10:00')).toBeNull();
  });
});
