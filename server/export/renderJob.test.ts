import { describe, expect, it } from 'vitest';
import { transferable } from './renderJob';

describe('transferable', () => {
  it('hands over a buffer that owns its memory as it is', () => {
    const body = Buffer.alloc(10_000, 1);
    expect(transferable(body)).toBe(body.buffer);
  });

  it('copies a slice of a shared buffer rather than detach the rest', () => {
    const shared = Buffer.alloc(100, 2);
    const body = shared.subarray(10, 20);
    const bytes = transferable(body);
    expect(bytes).not.toBe(shared.buffer);
    expect(Buffer.from(bytes)).toEqual(body);
  });
});
