import { describe, expect, it } from 'vitest';
import { isChunkLoadError } from './isChunkLoadError';

describe('isChunkLoadError', () => {
  it('knows each browser’s wording for a page’s code that did not load', () => {
    for (const message of [
      'Failed to fetch dynamically imported module: https://medverk.no/assets/AuditPage-x1.js',
      'Importing a module script failed.',
      'error loading dynamically imported module: https://medverk.no/assets/AuditPage-x1.js',
      'Unable to preload CSS for /assets/PlanEditorPage-x2.css',
    ])
      expect(isChunkLoadError(new TypeError(message)), message).toBe(true);
  });

  it('does not take other errors for one', () => {
    expect(
      isChunkLoadError(new TypeError("Cannot read properties of undefined (reading 'id')")),
    ).toBe(false);
    expect(isChunkLoadError('Failed to fetch')).toBe(false);
  });
});
