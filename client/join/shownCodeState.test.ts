import { describe, expect, it } from 'vitest';
import type { JoinCodeResponse } from '../../shared/api/joinCodes';
import { nextCheckInMs, SHOWN_CODE_REFRESH_MS, stillShown } from './shownCodeState';

const code: JoinCodeResponse = {
  code: '4K7R-9QXM',
  url: 'https://medverk.example/join/4K7R-9QXM',
  expiresAt: 100_000,
  workshopId: 'w',
  inviteId: 'i',
};

describe('the shown join code', () => {
  it('is shown until it expires, and not from then on', () => {
    expect(stillShown(code, 99_999)).toBe(code);
    expect(stillShown(code, 100_000)).toBeNull();
    expect(stillShown(null, 0)).toBeNull();
  });

  it('is checked again at the regular interval, or at its expiry when that comes first', () => {
    expect(nextCheckInMs(null, 0)).toBe(SHOWN_CODE_REFRESH_MS);
    expect(nextCheckInMs(code, 0)).toBe(SHOWN_CODE_REFRESH_MS);
    expect(nextCheckInMs(code, 95_000)).toBe(5_000);
    expect(nextCheckInMs(code, 100_500)).toBe(1_000);
  });
});
