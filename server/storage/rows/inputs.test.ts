import { describe, expect, it } from 'vitest';
import { handlingAssignments, parseTags } from './inputs';
import type { InputHandling } from '../Storage';

describe('input rows', () => {
  it('reads tags defensively', () => {
    expect(parseTags('["a","b"]')).toEqual(['a', 'b']);
    expect(parseTags('["a",1,null,"c"]')).toEqual(['a', 'c']);
    expect(parseTags('{"a":1}')).toEqual([]);
    expect(parseTags('oops')).toEqual([]);
  });

  it('turns handling changes into fixed columns, keeping null (clear) apart from absent', () => {
    expect(handlingAssignments({})).toEqual([]);
    expect(
      handlingAssignments({
        tags: ['x'],
        duplicateOf: null,
        changeSection: undefined,
        sectionLabel: 'Strategi 1',
      }),
    ).toEqual([
      { column: 'tags', value: '["x"]' },
      { column: 'duplicate_of', value: null },
      { column: 'section_label', value: 'Strategi 1' },
    ]);
    // A key that is not a handling field never reaches SQL.
    expect(
      handlingAssignments({ status: 'assessed', 'name; DROP TABLE inputs': 'new' } as InputHandling),
    ).toEqual([{ column: 'status', value: 'assessed' }]);
  });
});
