import { describe, expect, it } from 'vitest';
import { ApiError } from '../http/request';
import { actionError } from './actionError';

describe('actionError', () => {
  it('tells the refusals the page words differently apart', () => {
    expect(actionError(new ApiError(409, 'slug-taken', ''))).toBe('slug-taken');
    expect(actionError(new ApiError(415, 'file-wrong-type', ''))).toBe('file-wrong-type');
    expect(actionError(new ApiError(413, 'payload-too-large', ''))).toBe('file-too-large');
    expect(actionError(new ApiError(409, 'conflict', ''))).toBe('in-use');
    expect(actionError(new ApiError(404, 'not-found', ''))).toBe('gone');
    expect(actionError(new ApiError(403, 'forbidden', ''))).toBe('forbidden');
    expect(actionError(new ApiError(429, 'rate-limited', ''))).toBe('rate-limited');
  });

  it('reads a network failure as offline and anything else as failed', () => {
    expect(actionError(new TypeError('Failed to fetch'))).toBe('offline');
    expect(actionError(new ApiError(500, 'internal', ''))).toBe('failed');
    expect(actionError(new Error('?'))).toBe('failed');
  });
});
