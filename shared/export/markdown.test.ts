import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addFocusArea, getFocusArea } from '../plan/focusAreas';
import { initPlan, purposeFragment } from '../plan/planDoc';
import { writeJson, writeParagraphs, type RichNode } from '../plan/richText';
import { planSnapshot, type PlanSnapshot } from '../plan/snapshot';
import { addStrategy, listStrategies } from '../plan/strategies';
import { exportLabels } from './labels';
import { renderMarkdown } from './markdown';

const t = (text: string, ...marks: string[]): RichNode =>
  marks.length > 0
    ? { type: 'text', text, marks: marks.map((type) => ({ type })) }
    : { type: 'text', text };
const p = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });
const li = (...content: RichNode[]): RichNode => ({ type: 'listItem', content });
const link = (text: string, href: string): RichNode => ({
  type: 'text',
  text,
  marks: [{ type: 'link', attrs: { href } }],
});

function plan(purpose: RichNode[], overrides: Partial<PlanSnapshot> = {}): PlanSnapshot {
  return {
    title: 'Temaplan',
    municipality: 'Asker kommune',
    purpose,
    focusAreas: [],
    ...overrides,
  };
}

/** The Markdown of the purpose section alone. */
function body(...blocks: RichNode[]): string {
  const markdown = renderMarkdown(plan(blocks));
  return markdown.slice(markdown.indexOf('## Formål\n\n') + '## Formål\n\n'.length).trimEnd();
}

describe('renderMarkdown', () => {
  it('renders a plan from its document, numbered 1 and 1.1, æøå intact', () => {
    const doc = new Y.Doc();
    initPlan(doc, { title: 'Temaplan for medborgerskap', municipality: 'Asker kommune' });
    writeParagraphs(purposeFragment(doc), ['Å øke deltakelsen i lokalsamfunnet.']);
    const first = addFocusArea(doc, { title: 'Møteplasser og læring' });
    const second = addFocusArea(doc, { title: 'Frivillighet' });
    addFocusArea(doc, { title: 'Først', index: 0 });
    writeParagraphs(getFocusArea(doc, first)?.body ?? new Y.XmlFragment(), [
      'Arenaer for æ, ø og å.',
    ]);
    addStrategy(doc, first);
    addStrategy(doc, first);
    addStrategy(doc, second);
    const bodies = listStrategies(doc, first).map((strategy) => strategy.body);
    writeParagraphs(bodies[0] ?? new Y.XmlFragment(), ['Styrke lag og foreninger.']);
    writeParagraphs(bodies[1] ?? new Y.XmlFragment(), ['Gjøre lokaler tilgjengelige.']);

    expect(renderMarkdown(planSnapshot(doc))).toBe(
      [
        '# Temaplan for medborgerskap',
        'Asker kommune',
        '## Formål',
        'Å øke deltakelsen i lokalsamfunnet.',
        '## 1 Først',
        '## 2 Møteplasser og læring',
        'Arenaer for æ, ø og å.',
        '### Strategi 2.1',
        'Styrke lag og foreninger.',
        '### Strategi 2.2',
        'Gjøre lokaler tilgjengelige.',
        '## 3 Frivillighet',
        '### Strategi 3.1',
      ].join('\n\n') + '\n',
    );
  });

  it('uses the labels of the chosen language and names untitled sections', () => {
    const snapshot = plan([], {
      title: '',
      focusAreas: [
        {
          id: 'a',
          number: '1',
          title: ' ',
          body: [],
          strategies: [{ id: 's', number: '1.1', body: [] }],
        },
      ],
    });
    expect(renderMarkdown(snapshot, exportLabels('nn'))).toBe(
      '# Utan tittel\n\nAsker kommune\n\n## Føremål\n\n## 1 Utan tittel\n\n### Strategi 1.1\n',
    );
    expect(renderMarkdown(snapshot, exportLabels('en'))).toContain('## Purpose\n\n## 1 Untitled');
    expect(renderMarkdown(snapshot)).toContain('# Uten tittel');
    expect(exportLabels().focusArea).toBe('Innsatsområde');
  });

  it("tables the master plan's goals after the purpose, cells escaped", () => {
    const snapshot = plan([p(t('Formålet.'))], {
      focusAreas: [
        { id: 'a', number: '1', title: 'Møteplasser', body: [], strategies: [] },
        { id: 'b', number: '2', title: 'Frivillighet', body: [], strategies: [] },
      ],
    });
    const markdown = renderMarkdown(snapshot, exportLabels('nb'), [
      { number: '2', title: 'Trygg | <b>by</b>', sdg: 11, focusAreaIds: ['b', 'a'] },
      { number: '3', title: 'Uten bærekraftsmål', sdg: null, focusAreaIds: [] },
    ]);
    expect(markdown).toContain(
      [
        '## Formål\n\nFormålet.\n\n## Mål planen bygger på\n',
        '| Nr. | Mål | Bærekraftsmål | Innsatsområder |',
        '| --- | --- | --- | --- |',
        '| 2 | Trygg \\| \\<b\\>by\\</b\\> | 11 Bærekraftige byer og lokalsamfunn | 1 Møteplasser; 2 Frivillighet |',
        '| 3 | Uten bærekraftsmål |  |  |',
        '\n## 1 Møteplasser',
      ].join('\n'),
    );
    expect(
      renderMarkdown(snapshot, exportLabels('nn'), [
        { number: '1', title: 'Mål', sdg: 2, focusAreaIds: [] },
      ]),
    ).toContain(
      '## Mål planen byggjer på\n\n| Nr. | Mål | Berekraftsmål | Innsatsområde |\n| --- | --- | --- | --- |\n| 1 | Mål | 2 Utrydde svolt |  |',
    );
    expect(renderMarkdown(snapshot)).not.toContain('Mål planen');
  });

  it('renders marks, nesting them where runs share them', () => {
    expect(
      body(p(t('fet', 'bold'), t(' og '), t('kursiv', 'italic'), t(' og '), t('borte', 'strike'))),
    ).toBe('**fet** og _kursiv_ og ~~borte~~');
    expect(
      body(p(t('fet ', 'bold'), t('og kursiv', 'bold', 'italic'), t(' til slutt', 'italic'))),
    ).toBe('**fet _og kursiv_** _til slutt_');
    expect(body(p(t('Se '), t('y.doc', 'code'), t(' og `a`', 'code')))).toBe(
      'Se `` y.doc og `a` ``',
    );
    // Underline has no Markdown: its text stays plain, and a code span next to it stays whole.
    expect(body(p(t('understreket', 'underline')))).toBe('understreket');
    expect(body(p(t('a', 'code', 'underline'), t('b', 'code')))).toBe('`ab`');
  });

  it('moves whitespace at the edge of a mark outside its delimiters', () => {
    expect(body(p(t('ord'), t(' fet ', 'bold'), t('ord')))).toBe('ord **fet** ord');
  });

  it('renders links, and drops those with a dangerous scheme', () => {
    expect(body(p(link('Asker kommune', 'https://www.asker.kommune.no/plan (utkast)')))).toBe(
      '[Asker kommune](https://www.asker.kommune.no/plan%20%28utkast%29)',
    );
    expect(body(p(link('skriv', 'mailto:post@asker.kommune.no')))).toBe(
      '[skriv](mailto:post@asker.kommune.no)',
    );
    expect(body(p(link('klikk', 'javascript:alert(1)')))).toBe('klikk');
    expect(body(p(link('klikk', ' JavaScript:alert(1)')))).toBe('klikk');
    expect(body(p(link('klikk', 'java\tscript:alert(1)')))).toBe('klikk');
    expect(body(p(link('klikk', '\u0001javascript:alert(1)')))).toBe('klikk');
    expect(body(p(link('klikk', 'data:text/html,<script>')))).toBe('klikk');
  });

  it('renders headings shifted below the section heading', () => {
    const heading = (level: number, text: string): RichNode => ({
      type: 'heading',
      attrs: { level },
      content: [t(text)],
    });
    expect(body(heading(1, 'Bakgrunn'), heading(2, 'Mål'), heading(6, 'Dypt'))).toBe(
      '### Bakgrunn\n\n#### Mål\n\n###### Dypt',
    );
    const markdown = renderMarkdown(
      plan([], {
        focusAreas: [
          {
            id: 'a',
            number: '1',
            title: 'A',
            body: [],
            strategies: [{ id: 's', number: '1.1', body: [heading(1, 'Tiltak')] }],
          },
        ],
      }),
    );
    expect(markdown).toContain('### Strategi 1.1\n\n#### Tiltak\n');
  });

  it('renders nested bullet and ordered lists', () => {
    const list = {
      type: 'bulletList',
      content: [
        li(p(t('Frivillighet')), {
          type: 'orderedList',
          attrs: { start: 1 },
          content: [
            li(p(t('Lag'))),
            li(p(t('Foreninger')), { type: 'bulletList', content: [li(p(t('Idrett')))] }),
          ],
        }),
        li(p(t('Kultur')), p(t('Andre avsnitt'))),
      ],
    };
    expect(body(list)).toBe(
      [
        '- Frivillighet',
        '  1. Lag',
        '  2. Foreninger',
        '     - Idrett',
        '- Kultur',
        '',
        '  Andre avsnitt',
      ].join('\n'),
    );
  });

  it('keeps two lists in a row apart and starts ordered lists at their start', () => {
    const bullets = { type: 'bulletList', content: [li(p(t('a')))] };
    const ordered = {
      type: 'orderedList',
      attrs: { start: 4 },
      content: [li(p(t('d'))), li(p(t('e')))],
    };
    expect(body(bullets, bullets, bullets)).toBe('- a\n\n* a\n\n- a');
    expect(body(ordered, ordered)).toBe('4. d\n5. e\n\n4) d\n5) e');
  });

  it('renders blockquotes, code blocks, hard breaks and rules', () => {
    expect(
      body(
        { type: 'blockquote', content: [p(t('Sitat')), p(t('fra høringen'))] },
        {
          type: 'codeBlock',
          attrs: { language: 'ts' },
          content: [t('const fence = "```";\n# ikke overskrift')],
        },
        p(t('linje én'), { type: 'hardBreak' }, t('linje to'), { type: 'hardBreak' }),
        { type: 'horizontalRule' },
        p(),
      ),
    ).toBe(
      [
        '> Sitat\n>\n> fra høringen',
        '````ts\nconst fence = "```";\n# ikke overskrift\n````',
        'linje én\\\nlinje to',
        '---',
      ].join('\n\n'),
    );
  });

  it('escapes typed Markdown and HTML so it cannot add structure', () => {
    expect(
      body(p(t('<script>alert("x")</script> & &amp; *ikke* _fet_ [lenke](x) `kode` ~~ | tabell'))),
    ).toBe(
      '\\<script\\>alert("x")\\</script\\> & \\&amp; \\*ikke\\* \\_fet\\_ \\[lenke\\](x) \\`kode\\` \\~\\~ \\| tabell',
    );
    expect(body(p(t('# ikke overskrift')))).toBe('\\# ikke overskrift');
    expect(body(p(t('- ikke liste')))).toBe('\\- ikke liste');
    expect(body(p(t('+ ikke liste')))).toBe('\\+ ikke liste');
    expect(body(p(t('1. ikke nummerert')))).toBe('1\\. ikke nummerert');
    expect(body(p(t('2025) ikke nummerert')))).toBe('2025\\) ikke nummerert');
    expect(body(p(t('> ikke sitat')))).toBe('\\> ikke sitat');
    expect(body(p(t('    ikke kode')))).toBe('ikke kode');
    expect(body(p(t('1.5 millioner og -5 grader er vanlig tekst')))).toBe(
      '1.5 millioner og -5 grader er vanlig tekst',
    );
    // After a hard break a new line starts, where block syntax would work again.
    expect(body(p(t('a'), { type: 'hardBreak' }, t('# b'), { type: 'hardBreak' }, t('---')))).toBe(
      'a\\\n\\# b\\\n\\---',
    );
    expect(body(p(t('a\nb')))).toBe('a b');
  });

  it('escapes titles and the municipality', () => {
    const markdown = renderMarkdown(
      plan([], {
        title: 'Plan <img src=x onerror=alert(1)> #',
        municipality: '- Asker',
        focusAreas: [
          { id: 'a', number: '1', title: '*Fet* tittel\nto linjer', body: [], strategies: [] },
        ],
      }),
    );
    expect(markdown).toContain('# Plan \\<img src=x onerror=alert(1)\\> \\#\n');
    expect(markdown).toContain('\n\\- Asker\n');
    expect(markdown).toContain('## 1 \\*Fet\\* tittel to linjer\n');
  });

  it('renders content read from a document through the editor format', () => {
    const doc = new Y.Doc();
    writeJson(purposeFragment(doc), [
      p(t('Les '), link('planen', 'https://asker.kommune.no'), t(' nå', 'bold')),
    ]);
    expect(renderMarkdown(planSnapshot(doc))).toContain(
      'Les [planen](https://asker.kommune.no) **nå**\n',
    );
  });
});
