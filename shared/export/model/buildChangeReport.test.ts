import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../plan/diff';
import type { RichNode } from '../../plan/richText';
import type { PlanSnapshot } from '../../plan/snapshot';
import { buildChangeReport, segmentParagraphs, type ChangeReportMeta } from './buildChangeReport';
import type { ExportBlock, HeadingBlock, Inline, ParagraphBlock } from './types';

const p = (text: string): RichNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

const before: PlanSnapshot = {
  title: 'Temaplan',
  municipality: 'Asker kommune',
  purpose: [p('Formålet.')],
  focusAreas: [
    {
      id: 'a',
      number: '1',
      title: 'Møteplasser',
      body: [p('Vi vil ha flere møteplasser.')],
      strategies: [
        { id: 's1', number: '1.1', body: [p('Åpne biblioteket.')] },
        { id: 's2', number: '1.2', body: [p('Uendret strategi.')] },
        { id: 's3', number: '1.3', body: [p('Skal bort.')] },
      ],
    },
    { id: 'b', number: '2', title: 'Frivillighet', body: [p('Uendret.')], strategies: [] },
  ],
};

const after: PlanSnapshot = {
  ...before,
  focusAreas: [
    {
      id: 'a',
      number: '1',
      title: 'Møteplasser',
      body: [p('Vi vil ha flere trygge møteplasser.')],
      strategies: [
        { id: 's2', number: '1.1', body: [p('Uendret strategi.')] },
        { id: 's1', number: '1.2', body: [p('Åpne biblioteket.')] },
        { id: 's4', number: '1.3', body: [p('Helt ny.')] },
      ],
    },
    { id: 'b', number: '2', title: 'Frivillighet', body: [p('Uendret.')], strategies: [] },
  ],
};

const meta: ChangeReportMeta = {
  planTitle: 'Temaplan for medborgerskap',
  municipality: 'Asker kommune',
  fromName: 'Til førstegangsbehandling',
  toName: 'Til sluttbehandling',
  date: new Date('2025-03-14T23:30:00Z'),
  locale: 'nb',
};

const headings = (blocks: readonly ExportBlock[]): string[] =>
  blocks.filter((b): b is HeadingBlock => b.type === 'heading').map((h) => h.text);
const marked = (blocks: readonly ExportBlock[], change: 'added' | 'removed'): string[] =>
  blocks
    .filter((b): b is ParagraphBlock => b.type === 'paragraph')
    .flatMap((b) => b.content)
    .flatMap((i: Inline) => (i.type === 'text' && i.change === change ? [i.text] : []));

describe('buildChangeReport', () => {
  it('titles the report with the two versions and fills the title page', () => {
    const doc = buildChangeReport(diffPlans(before, after), meta);
    expect(doc.title).toBe('Endringer fra Til førstegangsbehandling til Til sluttbehandling');
    expect(doc.language).toBe('nb-NO');
    expect(doc.blocks[0]).toEqual({
      type: 'titlePage',
      municipality: 'Asker kommune',
      title: 'Endringer fra Til førstegangsbehandling til Til sluttbehandling',
      fields: [
        { label: 'Plan', value: 'Temaplan for medborgerskap' },
        { label: 'Fra', value: 'Til førstegangsbehandling' },
        { label: 'Til', value: 'Til sluttbehandling' },
        { label: 'Dato', value: '15. mars 2025' },
      ],
    });
  });

  it('lists only changed items, with their numbers and what happened to them', () => {
    const doc = buildChangeReport(diffPlans(before, after), meta);
    expect(headings(doc.blocks)).toEqual([
      '1 Møteplasser (Endret)',
      // s1 went from 1.1 to 1.2 only because s2 moved above it: not a change of its own.
      'Strategi 1.1 (Flyttet fra 1.2 til 1.1)',
      'Strategi 1.3 (Fjernet)',
      'Strategi 1.3 (Ny)',
    ]);
    const anchors = doc.blocks.flatMap((b) => (b.type === 'heading' ? [b.anchor] : []));
    expect(new Set(anchors).size).toBe(anchors.length);
  });

  it('marks added and removed words, and leaves whitespace and unchanged words unmarked', () => {
    const doc = buildChangeReport(diffPlans(before, after), meta);
    expect(marked(doc.blocks, 'added')).toEqual(['trygge', 'Helt ny.']);
    expect(marked(doc.blocks, 'removed')).toEqual(['Skal bort.']);
    const first = doc.blocks.find((b): b is ParagraphBlock => b.type === 'paragraph');
    expect(first?.content.map((i) => (i.type === 'text' ? i.text : '\n')).join('')).toBe(
      'Vi vil ha flere trygge møteplasser.',
    );
  });

  it('shows a renamed title and changed purpose, in the chosen language', () => {
    const renamed: PlanSnapshot = {
      ...after,
      purpose: [p('Formålet er nytt.')],
      focusAreas: [{ ...before.focusAreas[1]!, title: 'Frivillig arbeid', number: '1' }],
    };
    const doc = buildChangeReport(diffPlans(before, renamed), { ...meta, locale: 'en' });
    expect(doc.title).toBe('Changes from Til førstegangsbehandling to Til sluttbehandling');
    expect(headings(doc.blocks)).toEqual([
      'Purpose (Changed)',
      '1 Møteplasser (Removed)',
      // What went with it is printed too: the reader needs to see what is gone.
      'Strategy 1.1 (Removed)',
      'Strategy 1.2 (Removed)',
      'Strategy 1.3 (Removed)',
      '1 Frivillig arbeid (Now 1, Changed)',
    ]);
    expect(marked(doc.blocks, 'added')).toContain('Frivillig arbeid');
    expect(marked(doc.blocks, 'removed')).toContain('Frivillighet');
  });

  it('says so when nothing changed', () => {
    const doc = buildChangeReport(diffPlans(before, before), { ...meta, locale: 'nn' });
    expect(doc.blocks.slice(1)).toEqual([
      {
        type: 'paragraph',
        content: [expect.objectContaining({ text: 'Ingen endringar mellom dei to versjonane.' })],
      },
    ]);
  });
});

describe('segmentParagraphs', () => {
  it('splits blocks on blank lines and keeps a change mark across them', () => {
    const paragraphs = segmentParagraphs([
      { kind: 'same', text: 'Én ' },
      { kind: 'added', text: 'to\n\ntre' },
      { kind: 'same', text: '\nfire' },
    ]);
    expect(paragraphs.map((b) => b.content)).toEqual([
      [
        expect.objectContaining({ text: 'Én ' }),
        expect.objectContaining({ text: 'to', change: 'added' }),
      ],
      [
        expect.objectContaining({ text: 'tre', change: 'added' }),
        { type: 'break' },
        expect.objectContaining({ text: 'fire' }),
      ],
    ]);
  });
});
