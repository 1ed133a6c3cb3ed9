import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeWhenIdle } from './joinTimeout';

const TIMEOUT = 30_000;

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

function watched(holding = false) {
  const connection = { holding, closed: 0, holdsSomething: () => connection.holding, close: () => void connection.closed++ };
  const stop = closeWhenIdle(connection, TIMEOUT);
  return { connection, stop };
}

describe('closeWhenIdle', () => {
  it('closes a connection that joins nothing once the timeout has passed, and only once', () => {
    const { connection } = watched();
    vi.advanceTimersByTime(TIMEOUT - 1);
    expect(connection.closed).toBe(0);
    vi.advanceTimersByTime(1);
    expect(connection.closed).toBe(1);
    vi.advanceTimersByTime(10 * TIMEOUT);
    expect(connection.closed).toBe(1);
  });

  it('leaves a connection that holds something open for as long as it does', () => {
    const { connection } = watched();
    vi.advanceTimersByTime(TIMEOUT / 2);
    connection.holding = true;
    vi.advanceTimersByTime(100 * TIMEOUT);
    expect(connection.closed).toBe(0);
  });

  it('closes it again within 1¼ × the timeout after it left everything', () => {
    const { connection } = watched(true);
    vi.advanceTimersByTime(5 * TIMEOUT);
    connection.holding = false;
    vi.advanceTimersByTime(TIMEOUT - TIMEOUT / 4);
    expect(connection.closed).toBe(0);
    vi.advanceTimersByTime(TIMEOUT / 2);
    expect(connection.closed).toBe(1);
  });

  it('stops watching when told (the connection closed for another reason)', () => {
    const { connection, stop } = watched();
    stop();
    vi.advanceTimersByTime(10 * TIMEOUT);
    expect(connection.closed).toBe(0);
  });
});
