import { describe, expect, it } from 'vitest';
import type { RichNode } from '../../plan/richText';
import type { PlanSnapshot } from '../../plan/snapshot';
import { exportLabels } from '../labels';
import { buildExportDocument, TOC_DEPTH } from './buildExportDocument';
import type { ExportBlock, ExportMeta, HeadingBlock, ParagraphBlock, TableBlock } from './types';

const p = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });
const t = (text: string): RichNode => ({ type: 'text', text });

const snapshot: PlanSnapshot = {
  title: 'Temaplan',
  municipality: 'Asker kommune',
  purpose: [p(t('Formålet.')), p()],
  focusAreas: [
    {
      id: 'a',
      number: '1',
      title: 'Møteplasser\nog læring',
      body: [{ type: 'heading', attrs: { level: 3 }, content: [t('Typed h3')] }],
      strategies: [
        { id: 's1', number: '1.1', body: [p(t('Én.'))] },
        { id: 's2', number: '1.2', body: [] },
      ],
    },
    { id: 'b', number: '2', title: ' ', body: [], strategies: [] },
  ],
};

const meta: ExportMeta = {
  municipality: 'Asker kommune',
  planTitle: 'Temaplan for medborgerskap',
  versionName: null,
  status: 'Utkast',
  date: new Date('2025-03-14T23:30:00Z'),
  locale: 'nb',
};

const headings = (blocks: readonly ExportBlock[]): HeadingBlock[] =>
  blocks.filter((block): block is HeadingBlock => block.type === 'heading');

describe('buildExportDocument', () => {
  it('numbers focus areas "1" and strategies "1.1" at levels 1 and 2, in reading order', () => {
    const doc = buildExportDocument(snapshot, meta, exportLabels('nb'));
    expect(doc.blocks[0]?.type).toBe('titlePage');
    expect(doc.blocks[1]?.type).toBe('toc');
    expect(headings(doc.blocks).map((h) => [h.level, h.role, h.number, h.text])).toEqual([
      [1, 'purpose', null, 'Formål'],
      [1, 'focusArea', '1', '1 Møteplasser og læring'],
      // A typed h3 straight under a focus area is lifted to the level below it.
      [2, 'content', null, 'Typed h3'],
      [2, 'strategy', '1.1', 'Strategi 1.1'],
      [2, 'strategy', '1.2', 'Strategi 1.2'],
      [1, 'focusArea', '2', '2 Uten tittel'],
    ]);
    const anchors = headings(doc.blocks).map((h) => h.anchor);
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(anchors.every((anchor) => /^[A-Za-z][A-Za-z0-9_]*$/.test(anchor))).toBe(true);
  });

  it('lists the headings up to the contents depth, leaves empty paragraphs out', () => {
    const doc = buildExportDocument(snapshot, meta, exportLabels('nb'));
    const toc = doc.blocks[1];
    expect(toc?.type === 'toc' && toc.entries.map((e) => e.text)).toEqual([
      'Formål',
      '1 Møteplasser og læring',
      '2 Uten tittel',
    ]);
    expect(TOC_DEPTH).toBe(1);
    expect(doc.blocks.filter((b) => b.type === 'paragraph')).toHaveLength(2);
  });

  it('fills the title page and properties from the meta, with dates in Norway', () => {
    const doc = buildExportDocument(
      snapshot,
      { ...meta, versionName: 'Versjon 2' },
      exportLabels('nb'),
    );
    expect(doc.title).toBe('Temaplan for medborgerskap');
    expect(doc.creator).toBe('Medverk');
    expect(doc.language).toBe('nb-NO');
    expect(doc.subject).toBe('Status: Utkast · Versjon: Versjon 2');
    // 23:30 UTC on the 14th is the 15th in Oslo.
    expect(doc.blocks[0]).toEqual({
      type: 'titlePage',
      municipality: 'Asker kommune',
      title: 'Temaplan for medborgerskap',
      fields: [
        { label: 'Versjon', value: 'Versjon 2' },
        { label: 'Status', value: 'Utkast' },
        { label: 'Dato', value: '15. mars 2025' },
      ],
    });
  });

  it('adds appendices only when the meta has rows for them, numbered in order', () => {
    const none = buildExportDocument(
      snapshot,
      { ...meta, provenance: [], contributors: [] },
      exportLabels('nb'),
    );
    expect(headings(none.blocks).some((h) => h.role === 'appendix')).toBe(false);
    expect(none.blocks.some((b) => b.type === 'table')).toBe(false);

    const some = buildExportDocument(
      snapshot,
      {
        ...meta,
        contributors: [{ name: 'Kari', association: null }],
        history: [
          { name: 'Utkast 1', step: 'Utarbeidelse', date: new Date('2025-01-20T12:00:00Z') },
        ],
      },
      exportLabels('nb'),
    );
    const appendices = headings(some.blocks).filter((h) => h.role === 'appendix');
    expect(appendices.map((h) => [h.text, h.pageBreakBefore])).toEqual([
      ['Vedlegg 1: Bidragsytere og lag og foreninger', true],
      ['Vedlegg 2: Versjonshistorikk', true],
    ]);
    const tables = some.blocks.filter((b): b is TableBlock => b.type === 'table');
    expect(tables.map((table) => table.rows)).toEqual([
      [['Kari', '']],
      [['Utkast 1', 'Utarbeidelse', '20. januar 2025']],
    ]);
    const toc = some.blocks[1];
    expect(toc?.type === 'toc' && toc.entries.at(-1)?.text).toBe('Vedlegg 2: Versjonshistorikk');
  });

  it("tables the master plan's goals after the purpose, only when there are any", () => {
    const goals: ExportMeta['goals'] = [
      { number: '1', title: 'Trygge\noppvekstvilkår', sdg: 4, focusAreaIds: ['b', 'x', 'a'] },
      { number: '', title: 'Uten nummer', sdg: null, focusAreaIds: [] },
    ];
    const doc = buildExportDocument(snapshot, { ...meta, goals }, exportLabels('nb'));
    const texts = headings(doc.blocks).map((h) => [h.role, h.text]);
    expect(texts.slice(0, 3)).toEqual([
      ['purpose', 'Formål'],
      ['goals', 'Mål planen bygger på'],
      ['focusArea', '1 Møteplasser og læring'],
    ]);
    const goalsAt = doc.blocks.findIndex((b) => b.type === 'heading' && b.role === 'goals');
    const table = doc.blocks[goalsAt + 1];
    expect(table?.type === 'table' && table.columns).toEqual([
      'Nr.',
      'Mål',
      'Bærekraftsmål',
      'Innsatsområder',
    ]);
    // Focus areas in plan order; a link to one the plan does not have is left out.
    expect(table?.type === 'table' && table.rows).toEqual([
      ['1', 'Trygge oppvekstvilkår', '4 God utdanning', '1 Møteplasser og læring; 2 Uten tittel'],
      ['', 'Uten nummer', '', ''],
    ]);
    const toc = doc.blocks[1];
    expect(toc?.type === 'toc' && toc.entries.map((e) => e.text)).toContain('Mål planen bygger på');

    const nn = buildExportDocument(snapshot, { ...meta, goals, locale: 'nn' }, exportLabels('nn'));
    expect(headings(nn.blocks).map((h) => h.text)).toContain('Mål planen byggjer på');
    expect(nn.blocks.find((b) => b.type === 'table')).toMatchObject({
      rows: [
        ['1', 'Trygge oppvekstvilkår', '4 God utdanning', '1 Møteplasser og læring; 2 Utan tittel'],
        ['', 'Uten nummer', '', ''],
      ],
    });
    const en = buildExportDocument(snapshot, { ...meta, goals, locale: 'en' }, exportLabels('en'));
    expect(headings(en.blocks).map((h) => h.text)).toContain('Goals the plan serves');
    expect(en.blocks.find((b) => b.type === 'table')).toMatchObject({
      rows: [
        [
          '1',
          'Trygge oppvekstvilkår',
          '4 Quality education',
          '1 Møteplasser og læring; 2 Untitled',
        ],
        ['', 'Uten nummer', '', ''],
      ],
    });

    for (const none of [undefined, []]) {
      const plain = buildExportDocument(snapshot, { ...meta, goals: none }, exportLabels('nb'));
      expect(headings(plain.blocks).some((h) => h.role === 'goals')).toBe(false);
      expect(plain.blocks.some((b) => b.type === 'table')).toBe(false);
    }
  });

  it('sorts provenance by strategy number, 1.10 after 1.9', () => {
    const row = (strategyNumber: string) => ({
      strategyNumber,
      workshop: 'V',
      activity: 'A',
      votes: 1,
      contributors: 2,
    });
    const doc = buildExportDocument(
      snapshot,
      { ...meta, provenance: [row('1.10'), row('2.1'), row('1.9')] },
      exportLabels('nb'),
    );
    const table = doc.blocks.find((b): b is TableBlock => b.type === 'table');
    expect(table?.rows.map((r) => r[0])).toEqual(['1.9', '1.10', '2.1']);
    expect(table?.columns).toEqual([
      'Strategi',
      'Verksted',
      'Aktivitet',
      'Stemmer',
      'Bidragsytere',
    ]);
  });

  it('uses the labels and language of the locale', () => {
    const full: ExportMeta = {
      ...meta,
      contributors: [{ name: 'Kari', association: 'Korps' }],
      history: [{ name: 'V1', step: 'Høyring', date: new Date('2025-03-14T10:00:00Z') }],
    };
    const nn = buildExportDocument(snapshot, { ...full, locale: 'nn' }, exportLabels('nn'));
    expect(nn.language).toBe('nn-NO');
    expect(headings(nn.blocks).map((h) => h.text)).toContain('Føremål');
    expect(headings(nn.blocks).map((h) => h.text)).toContain('Vedlegg 2: Versjonshistorikk');
    expect(nn.blocks[1]?.type === 'toc' && nn.blocks[1].title).toBe('Innhald');
    expect(nn.labels.contributorsTitle).toBe('Bidragsytarar og lag og foreiningar');

    const en = buildExportDocument(snapshot, { ...full, locale: 'en' }, exportLabels('en'));
    expect(en.language).toBe('en-GB');
    expect(headings(en.blocks).map((h) => h.text)).toEqual([
      'Purpose',
      '1 Møteplasser og læring',
      'Typed h3',
      'Strategy 1.1',
      'Strategy 1.2',
      '2 Untitled',
      'Appendix 1: Contributors and associations',
      'Appendix 2: Version history',
    ]);
    const fields = en.blocks[0]?.type === 'titlePage' ? en.blocks[0].fields : [];
    expect(fields).toContainEqual({ label: 'Date', value: '15 March 2025' });
  });

  it('keeps only http, https and mailto links (shared/text/safeLink) and strips unprintable characters', () => {
    const link = (href: string): RichNode => ({
      type: 'text',
      text: 'x',
      marks: [{ type: 'link', attrs: { href } }],
    });
    const doc = buildExportDocument(
      {
        ...snapshot,
        purpose: [
          p(
            link('https://asker.kommune.no/a b'),
            link('javascript:alert(1)'),
            link(' JaVa\tScRiPt:alert(1)'),
            link('data:text/html,x'),
            link('/relative'),
            link('mailto:post@asker.kommune.no'),
            link('tel:+4712345678'),
          ),
          p(t('a\u0000b\u0007c\uFFFEd\uD800e'), t('a\u0301')),
        ],
        focusAreas: [],
      },
      meta,
      exportLabels('nb'),
    );
    const paragraphs = doc.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph');
    const hrefs = paragraphs[0]?.content.map((inline) =>
      inline.type === 'text' ? inline.href : 'break',
    );
    expect(hrefs).toEqual([
      'https://asker.kommune.no/a%20b',
      null,
      null,
      null,
      null,
      'mailto:post@asker.kommune.no',
      // The editor refuses tel: links (shared/text/safeLink.ts); the export drops old ones too.
      null,
    ]);
    const text = paragraphs[1]?.content
      .map((inline) => (inline.type === 'text' ? inline.text : '\n'))
      .join('');
    expect(text).toBe('abcdeá');
  });
});
