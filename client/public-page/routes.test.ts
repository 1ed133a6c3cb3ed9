import { describe, expect, it } from 'vitest';
import { parsePublicPath, paths } from './routes';

describe('parsePublicPath', () => {
  it('reads each of the public addresses', () => {
    expect(parsePublicPath('/p/temaplan', '')).toEqual({ page: 'home', slug: 'temaplan' });
    expect(parsePublicPath('/p/temaplan/', '')).toEqual({ page: 'home', slug: 'temaplan' });
    expect(parsePublicPath('/p/temaplan/plan', '')).toEqual({
      page: 'plan',
      slug: 'temaplan',
      section: null,
    });
    expect(parsePublicPath('/p/temaplan/plan/fa:abc_1', '')).toEqual({
      page: 'plan',
      slug: 'temaplan',
      section: 'fa:abc_1',
    });
    expect(parsePublicPath('/p/temaplan/plan/st%3Axyz', '')).toEqual({
      page: 'plan',
      slug: 'temaplan',
      section: 'st:xyz',
    });
    expect(parsePublicPath('/p/temaplan/innspill', '?del=st:xyz')).toEqual({
      page: 'form',
      slug: 'temaplan',
      section: 'st:xyz',
    });
    expect(parsePublicPath('/p/temaplan/innspill', '')).toEqual({
      page: 'form',
      slug: 'temaplan',
      section: null,
    });
    expect(parsePublicPath('/p/temaplan/kvittering/INN-2026-0042', '')).toEqual({
      page: 'receipt',
      slug: 'temaplan',
      reference: 'INN-2026-0042',
    });
    expect(parsePublicPath('/p/temaplan/innspill-liste', '')).toEqual({
      page: 'list',
      slug: 'temaplan',
    });
  });

  it('ignores a section key that is not one, rather than passing it on', () => {
    expect(parsePublicPath('/p/temaplan/innspill', '?del=<script>')).toEqual({
      page: 'form',
      slug: 'temaplan',
      section: null,
    });
    expect(parsePublicPath('/p/temaplan/plan/xx:1', '')).toEqual({
      page: 'not-found',
      slug: 'temaplan',
    });
    expect(parsePublicPath('/p/temaplan/plan/%E0%A4%A', '')).toEqual({
      page: 'not-found',
      slug: 'temaplan',
    });
  });

  it('says not found for anything else', () => {
    for (const path of [
      '/',
      '/p',
      '/p/Tema_Plan',
      '/x/temaplan',
      '/p/temaplan/ukjent',
      '/p/temaplan/plan/fa:1/mer',
      '/p/temaplan/kvittering',
    ]) {
      expect(parsePublicPath(path, '').page, path).toBe('not-found');
    }
  });

  it('builds the addresses it reads', () => {
    const slug = 'temaplan-medborgerskap';
    const built = [
      paths.home(slug),
      paths.plan(slug),
      paths.plan(slug, 'fa:a1'),
      paths.form(slug),
      paths.form(slug, 'st:b2'),
      paths.receipt(slug, 'INN-2026-0001'),
      paths.list(slug),
    ];
    const pages = built.map((path) => {
      const url = new URL(path, 'http://localhost');
      return parsePublicPath(url.pathname, url.search);
    });
    expect(pages).toEqual([
      { page: 'home', slug },
      { page: 'plan', slug, section: null },
      { page: 'plan', slug, section: 'fa:a1' },
      { page: 'form', slug, section: null },
      { page: 'form', slug, section: 'st:b2' },
      { page: 'receipt', slug, reference: 'INN-2026-0001' },
      { page: 'list', slug },
    ]);
  });
});
