import { describe, expect, it } from 'vitest';
import { formatFileSize } from './formatFileSize';

describe('formatFileSize', () => {
  it('reads in kB below a megabyte and MB above', () => {
    expect(formatFileSize(820 * 1024, 'nb')).toBe('820 kB');
    expect(formatFileSize(1.5 * 1024 * 1024, 'nb')).toBe('1,5 MB');
    expect(formatFileSize(1.5 * 1024 * 1024, 'en')).toBe('1.5 MB');
    expect(formatFileSize(3, 'nb')).toBe('1 kB');
  });
});
