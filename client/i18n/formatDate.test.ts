import { describe, expect, it } from 'vitest';
import { formatDateTime } from './formatDate';

// 6 December 2026, 14:05 UTC: the hour depends on the machine's zone, the minutes do not.
const time = Date.UTC(2026, 11, 6, 14, 5);

describe('formatDateTime', () => {
  it('writes English dates the British way: day first, 24-hour clock', () => {
    const text = formatDateTime(time, 'en');
    expect(text).toMatch(/^6 Dec 2026, \d{2}:05$/);
    expect(text).not.toMatch(/AM|PM/);
  });

  it('writes Norwegian dates in Norwegian', () => {
    expect(formatDateTime(time, 'nb')).toMatch(/^6\. des\. 2026, \d{2}:05$/);
    expect(formatDateTime(time, 'nn')).toMatch(/^6\. des\. 2026, \d{2}:05$/);
  });
});
