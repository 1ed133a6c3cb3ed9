import { describe, expect, it } from 'vitest';
import { descriptionFromIntro, escapeHtml, publicHead, withHead } from './publicHead';

describe('publicHead', () => {
  it('escapes every value it puts in the HTML', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&#60;a href=&#34;x&#34; onclick=&#39;y&#39;&#62;&#38;&#60;/a&#62;',
    );
    const head = publicHead({
      title: '</title><script>alert(1)</script>',
      municipality: 'Asker "kommune"',
      description: '<img src=x onerror=alert(2)>',
      url: 'https://example.no/p/a"b',
    });
    expect(head).not.toMatch(/<script|<img|"b"|kommune"/);
    expect(head).toContain(
      '<title>&#60;/title&#62;&#60;script&#62;alert(1)&#60;/script&#62; – Asker &#34;kommune&#34;</title>',
    );
  });

  it('describes the page with the intro’s first paragraph, cut at a word', () => {
    const intro = [
      { type: 'heading', attrs: { level: 2 }, content: [] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Asker kommune ' },
          { type: 'text', text: 'lager', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' en plan.' },
        ],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'Ikke denne.' }] },
    ];
    expect(descriptionFromIntro(intro)).toBe('Asker kommune lager en plan.');
    const long = descriptionFromIntro([
      { type: 'paragraph', content: [{ type: 'text', text: 'ord '.repeat(100) }] },
    ]);
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long).toMatch(/ord…$/);
    expect(descriptionFromIntro([])).toBe('');
    expect(
      descriptionFromIntro([
        { type: 'heading', content: [{ type: 'text', text: 'Bare en overskrift' }] },
      ]),
    ).toBe('Bare en overskrift');
  });

  it('puts the head in place of the built page’s title, even when it holds $-patterns', () => {
    const html = '<html><head><meta charset="UTF-8" /><title>Medverk</title></head></html>';
    expect(withHead(html, '<title>$& $1</title>')).toBe(
      '<html><head><meta charset="UTF-8" /><title>$& $1</title></head></html>',
    );
  });
});
