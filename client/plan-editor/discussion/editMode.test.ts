import { describe, expect, it } from 'vitest';
import { DEFAULT_DISCUSSION_SETTINGS } from '../../../shared/discussion/types';
import { effectiveEditMode, mayChooseEditMode } from './editMode';

const suggestOnly = { ...DEFAULT_DISCUSSION_SETTINGS, suggestOnly: true };

describe('the editing mode in force', () => {
  it('is what the person chose, unless the plan is suggest-only for them', () => {
    expect(effectiveEditMode('suggesting', 'editor', DEFAULT_DISCUSSION_SETTINGS)).toBe('suggesting');
    expect(effectiveEditMode('editing', 'editor', DEFAULT_DISCUSSION_SETTINGS)).toBe('editing');
    expect(effectiveEditMode('editing', 'editor', suggestOnly)).toBe('suggesting');
    expect(effectiveEditMode('editing', 'facilitator', suggestOnly)).toBe('suggesting');
    expect(effectiveEditMode('editing', 'owner', suggestOnly)).toBe('editing');
    expect(effectiveEditMode('suggesting', 'owner', suggestOnly)).toBe('suggesting');
  });

  it('is editing for those who may not suggest, and only some may choose', () => {
    expect(effectiveEditMode('suggesting', 'observer', suggestOnly)).toBe('editing');
    expect(mayChooseEditMode('observer', DEFAULT_DISCUSSION_SETTINGS)).toBe(false);
    expect(mayChooseEditMode('editor', suggestOnly)).toBe(false);
    expect(mayChooseEditMode('owner', suggestOnly)).toBe(true);
  });
});
