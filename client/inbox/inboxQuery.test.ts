import { describe, expect, it } from 'vitest';
import { isFiltered, paramsFromQuery, queryFromParams, queryKey } from './inboxQuery';

describe('inbox query in the URL', () => {
  it('reads every filter and the search words', () => {
    const params = new URLSearchParams(
      'section=st:abc_1&submitterKind=association&organisation=Asker+idrettsråd&status=in-progress&tag=idrett&consultationId=c1&q=+bane+lys+',
    );
    expect(queryFromParams(params)).toEqual({
      section: 'st:abc_1',
      submitterKind: 'association',
      organisation: 'Asker idrettsråd',
      status: 'in-progress',
      tag: 'idrett',
      consultationId: 'c1',
      q: 'bane lys',
    });
  });

  it('drops only the values that do not fit', () => {
    const params = new URLSearchParams(
      `section=xx:1&submitterKind=alien&status=done&tag=${'t'.repeat(41)}&consultationId=a/b&q=+&organisation=Lag`,
    );
    expect(queryFromParams(params)).toEqual({ organisation: 'Lag' });
  });

  it('writes filters in a fixed order, leaving out empty ones', () => {
    const a = paramsFromQuery({ q: 'lys', status: 'new', tag: '' });
    const b = paramsFromQuery({ status: 'new', q: 'lys' });
    expect(a.toString()).toBe('status=new&q=lys');
    expect(queryKey({ q: 'lys', status: 'new' })).toBe(b.toString());
  });

  it('round-trips through the URL', () => {
    const query = { section: 'plan', status: 'assessed', q: 'æøå & co' } as const;
    expect(queryFromParams(paramsFromQuery(query))).toEqual(query);
  });

  it('knows when anything is filtered', () => {
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ q: 'x' })).toBe(true);
  });
});
