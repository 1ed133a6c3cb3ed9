import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorCode } from '../../shared/protocol';
import type { AccessPolicy } from '../auth/access';
import type { Identity } from '../auth/identity';
import type { UserRecord } from '../storage/Storage';
import {
  MAX_TIMEOUT_MS,
  armExpiryTimer,
  expiresAt,
  refusingAfterExpiry,
  refusingMessagesAfterExpiry,
} from './expiryTimer';

const T0 = 1_700_000_000_000;
const kari: UserRecord = {
  id: 'u1',
  email: 'kari@bergen.kommune.no',
  name: 'Kari',
  passwordHash: null,
  isAdmin: false,
  createdAt: 1,
};
const until = (end: number): Identity => ({
  kind: 'user',
  user: kari,
  sessionHash: 'h',
  expiresAt: end,
});

describe('armExpiryTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
  });
  afterEach(() => vi.useRealTimers());

  it('fires once, when the end has passed, and never synchronously', () => {
    const fired = vi.fn();
    armExpiryTimer(T0 + 1_000, fired);
    vi.advanceTimersByTime(999);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fired).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(fired).toHaveBeenCalledTimes(1);

    const already = vi.fn();
    armExpiryTimer(T0, already);
    expect(already).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(already).toHaveBeenCalledTimes(1);
  });

  it('waits past setTimeout’s limit in steps instead of firing at once', () => {
    const fired = vi.fn();
    const end = Date.now() + MAX_TIMEOUT_MS + 5_000;
    armExpiryTimer(end, fired);
    vi.advanceTimersByTime(MAX_TIMEOUT_MS);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(4_999);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('does not fire once cancelled, and does not keep the process alive', () => {
    const fired = vi.fn();
    const spy = vi.spyOn(globalThis, 'setTimeout');
    const cancel = armExpiryTimer(T0 + 1_000, fired);
    const timer = spy.mock.results[0]!.value as NodeJS.Timeout;
    spy.mockRestore();
    expect(timer.hasRef()).toBe(false);
    cancel();
    vi.advanceTimersByTime(5_000);
    expect(fired).not.toHaveBeenCalled();
  });
});

describe('refusing an expired identity', () => {
  const policy: AccessPolicy = { decide: () => Promise.resolve('write') };

  it('knows the end of a session and none for anonymous', () => {
    expect(expiresAt(until(T0))).toBe(T0);
    expect(expiresAt({ kind: 'anonymous' })).toBeNull();
    expect(expiresAt({ kind: 'user', user: kari, sessionHash: 'h' })).toBeNull();
  });

  it('opens nothing for an identity that has run out', async () => {
    let now = T0;
    const guarded = refusingAfterExpiry(policy, () => now);
    expect(await guarded.decide(until(T0 + 1), 'plan:p')).toBe('write');
    now = T0 + 1;
    expect(await guarded.decide(until(T0 + 1), 'plan:p')).toBe('none');
  });

  it('answers messages after the end with a refusal and closes, instead of handling them', () => {
    let now = T0;
    const expired = vi.fn();
    const middleware = refusingMessagesAfterExpiry(until(T0 + 1), expired, () => now);
    const next = vi.fn();
    const ack = vi.fn();
    middleware(['sync', 'plan:p', new Uint8Array(), ack], next);
    expect(next).toHaveBeenCalledTimes(1);
    now = T0 + 1;
    middleware(['sync', 'plan:p', new Uint8Array(), ack], next);
    middleware(['awareness', 'plan:p', new Uint8Array()], next);
    expect(next).toHaveBeenCalledTimes(1);
    expect(ack).toHaveBeenCalledWith({
      ok: false,
      code: ErrorCode.Forbidden,
      message: 'the session has expired',
    });
    expect(expired).toHaveBeenCalledTimes(2);
  });
});
