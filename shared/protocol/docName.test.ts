import { describe, expect, it } from 'vitest';
import { docNameSchema, parseDocName } from './docName';

describe('parseDocName', () => {
  it('splits a valid name into kind and id', () => {
    expect(parseDocName('plan:abc_DEF-123')).toEqual({ kind: 'plan', id: 'abc_DEF-123' });
    expect(parseDocName('discussion:x')).toEqual({ kind: 'discussion', id: 'x' });
    expect(parseDocName(`workshop:${'a'.repeat(64)}`)).toEqual({ kind: 'workshop', id: 'a'.repeat(64) });
  });

  it('refuses what the schema refuses', () => {
    for (const name of ['plan:', 'plan', 'note:abc', 'plan:a:b', 'plan:a b', `plan:${'a'.repeat(65)}`, ' plan:a', 'plan:a\n']) {
      expect(parseDocName(name), name).toBeNull();
      expect(docNameSchema.safeParse(name).success, name).toBe(false);
    }
  });
});
