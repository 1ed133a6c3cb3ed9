import { describe, expect, it } from 'vitest';
import { renderHtml } from './html';
import { sami, sampleDocument } from './testSupport/sample';

const voidElements = new Set(['meta', 'br', 'hr', 'col', 'img', 'link', 'input']);

/** Every tag in the page, in order, as [closing?, name, attributes]. */
function tags(html: string): { close: boolean; name: string; attrs: string }[] {
  return [...html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)].map((m) => ({
    close: m[1] === '/',
    name: (m[2] ?? '').toLowerCase(),
    attrs: m[3] ?? '',
  }));
}

const html = renderHtml(sampleDocument());

describe('renderHtml', () => {
  it('is one standalone page in the plan language, with inline and print CSS', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="nb">')).toBe(true);
    expect(renderHtml(sampleDocument({ locale: 'nn' }))).toContain('<html lang="nn">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/@page \{[^}]*margin/);
    expect(html).toContain('.page-break { break-before: page; }');
    expect(tags(html).filter((tag) => tag.name === 'link' || tag.attrs.includes('src='))).toEqual(
      [],
    );
  });

  it('opens no tag, attribute or script from typed text', () => {
    const names = new Set(tags(html).map((tag) => tag.name));
    expect(names.has('script')).toBe(false);
    expect(names.has('img')).toBe(false);
    expect(tags(html).some((tag) => /\son\w+=/i.test(tag.attrs))).toBe(false);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain(']]&gt;&lt;/w:t&gt;');
    expect(html).toContain('<title>Temaplan for medborgerskap &amp; kultur &lt;script&gt;');
  });

  it('links only to http, https and mailto', () => {
    const hrefs = tags(html)
      .map((tag) => /href="([^"]*)"/.exec(tag.attrs)?.[1])
      .filter((href): href is string => href !== undefined && !href.startsWith('#'));
    expect(hrefs).toEqual(['https://www.asker.kommune.no/?a=1&amp;b=%222%22']);
    expect(html).not.toMatch(/javascript:alert/i);
    expect(html).toContain('farlig lenke');
  });

  it('has one h1, headings that never skip a level, and a contents nav', () => {
    const levels = tags(html)
      .filter((tag) => !tag.close && /^h[1-6]$/.test(tag.name))
      .map((tag) => Number(tag.name[1]));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1);
    });
    expect(html).toMatch(
      /<nav class="toc"[^>]*><h2 id="toc-title">Innhold<\/h2><ol><li><a href="#purpose">Formål<\/a>/,
    );
    expect(html).toContain('<h2 id="focus_area_1">1 Møteplasser og læring</h2>');
    expect(html).toContain('<h3 id="strategy_1_1">Strategi 1.1</h3>');
    expect(html).toContain(
      '<h2 id="appendix_1" class="page-break">Vedlegg 1: Strategienes opphav i verksteder</h2>',
    );
  });

  it('keeps Norwegian and Sami letters and renders lists, quotes, code and tables', () => {
    expect(html).toContain('for æ, ø og å');
    expect(html).toContain(sami);
    expect(html).toContain('<ol start="3"><li><p>Nummer tre</p></li>');
    expect(html).toContain('<blockquote><p>Sitat fra høringen</p></blockquote>');
    expect(html).toContain('<pre><code>const a = &quot;&lt;b&gt;&quot;;</code></pre>');
    expect(html).toContain('<th scope="col">Verksted</th>');
    expect(html).toContain('<h2 id="goals">Mål planen bygger på</h2>\n<table>');
    expect(html).toContain(
      '<td>11 Bærekraftige byer og lokalsamfunn</td><td>1 Møteplasser og læring; 2 Frivillighet &lt;script&gt;',
    );
    expect(html).toContain('<td>1 200</td>'.replace(' ', '\u00a0'));
  });

  it('balances its tags', () => {
    const stack: string[] = [];
    for (const tag of tags(html)) {
      if (voidElements.has(tag.name)) continue;
      if (!tag.close) stack.push(tag.name);
      else expect(stack.pop()).toBe(tag.name);
    }
    expect(stack).toEqual([]);
  });
});
