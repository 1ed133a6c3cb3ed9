import { describe, expect, it } from 'vitest';
import { renderDocx, type DocxOptions } from './docx';
import type {
  ExportDocument,
  HeadingBlock,
  TextRun as ModelRun,
} from '../../shared/export/model/types';
import { sampleDocument } from './testSupport/sample';
import { parseXml, type XmlElement } from './testSupport/xmp';
import { readZip } from './testSupport/zip';

/**
 * What a municipality's archive reads in a DOCX: the table of contents with page numbers,
 * the municipality as author and company, Word's own heading numbers and the language. Read back
 * through a namespace-aware XML parser, as Word reads it, not by matching strings.
 */

const ns = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  dc: 'http://purl.org/dc/elements/1.1/',
  cp: 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
  app: 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
} as const;

const plainRun: ModelRun = {
  type: 'text',
  text: '',
  bold: false,
  italic: false,
  underline: false,
  strike: false,
  code: false,
  href: null,
};

type Parts = (name: string) => XmlElement;

async function render(doc: ExportDocument, options?: DocxOptions): Promise<Parts> {
  const files = readZip(await renderDocx(doc, options));
  return (name) => {
    const part = files.get(name);
    if (!part) throw new Error(`no ${name} in the package`);
    return parseXml(part.toString('utf8'));
  };
}

const all = (root: XmlElement): XmlElement[] =>
  root.children.flatMap((child) => [child, ...all(child)]);
const named = (root: XmlElement, local: string, uri: string = ns.w): XmlElement[] =>
  all(root).filter((e) => e.ns === uri && e.local === local);
const child = (e: XmlElement | undefined, local: string, uri: string = ns.w) =>
  e?.children.find((c) => c.ns === uri && c.local === local);
const attr = (e: XmlElement | undefined, local: string, uri: string = ns.w) =>
  e?.attributes.get(`${uri} ${local}`);

function styleOf(paragraph: XmlElement): string | undefined {
  return attr(child(child(paragraph, 'pPr'), 'pStyle'), 'val');
}

/** The text a paragraph shows from its runs, field codes left out (they are w:instrText). */
function runText(e: XmlElement): string {
  return named(e, 't')
    .map((t) => t.text)
    .join('');
}

/**
 * A TOC entry as Word reads it: the heading it links to, its text, and the cached result of the
 * PAGEREF field to the same bookmark (the text between its `separate` and `end`).
 */
function tocEntry(paragraph: XmlElement): { anchor: string; text: string; page: string } {
  const link = named(paragraph, 'hyperlink')[0];
  const anchor = attr(link, 'anchor') ?? '';
  const runs = named(paragraph, 'r');
  let text = '';
  let page = '';
  let field: 'none' | 'code' | 'result' = 'none';
  let instruction = '';
  for (const run of link ? named(link, 'r') : runs) {
    for (const piece of run.children) {
      if (piece.local === 'fldChar') {
        const type = attr(piece, 'fldCharType');
        field = type === 'begin' ? 'code' : type === 'separate' ? 'result' : 'none';
        if (type === 'begin') instruction = '';
      } else if (piece.local === 'instrText') instruction += piece.text;
      else if (piece.local === 't') {
        if (field === 'result' && instruction.trim() === `PAGEREF ${anchor} \\h`) page += piece.text;
        else if (field === 'none') text += piece.text;
      }
    }
  }
  return { anchor, text, page };
}

function tableOfContents(document: XmlElement): XmlElement {
  const sdt = named(document, 'sdt').find(
    (s) => attr(named(s, 'docPartGallery')[0], 'val') === 'Table of Contents',
  );
  if (!sdt) throw new Error('no table of contents content control');
  return sdt;
}

function tocHeadings(doc: ExportDocument): HeadingBlock[] {
  const toc = doc.blocks.find((b) => b.type === 'toc');
  const depth = toc?.type === 'toc' ? toc.depth : 0;
  return doc.blocks.filter((b): b is HeadingBlock => b.type === 'heading' && b.level <= depth);
}

describe('a DOCX the municipality can file', () => {
  it('writes the contents with an entry and a page number per heading, without asking Word to update', async () => {
    const doc = sampleDocument();
    const part = await render(doc);
    const document = part('word/document.xml');
    const toc = tableOfContents(document);
    const instruction = named(toc, 'instrText').map((i) => i.text.trim());
    expect(instruction[0]).toBe('TOC \\h \\o "1-1"');

    const entries = named(toc, 'p')
      .filter((p) => styleOf(p) === 'TOC1')
      .map(tocEntry);
    expect(entries.map((e) => e.text)).toEqual(tocHeadings(doc).map((h) => h.text));

    // Each entry's link and page reference go to a bookmark on its heading in the body.
    const body = child(document, 'body');
    const bookmarkOwner = new Map<string, string>();
    for (const paragraph of named(body!, 'p')) {
      for (const mark of named(paragraph, 'bookmarkStart')) {
        bookmarkOwner.set(attr(mark, 'name') ?? '', styleOf(paragraph) ?? '');
      }
    }
    for (const entry of entries) expect(bookmarkOwner.get(entry.anchor), entry.text).toBe('Heading1');

    // Page numbers are written: title page 1, contents 2, the plan from 3, in reading order.
    const pages = entries.map((e) => Number(e.page));
    expect(entries.every((e) => /^\d+$/.test(e.page)), JSON.stringify(entries)).toBe(true);
    expect(pages[0]).toBe(3);
    for (let i = 1; i < pages.length; i++) expect(pages[i]).toBeGreaterThanOrEqual(pages[i - 1]!);
    // Every appendix starts a page of its own.
    expect(new Set(pages.slice(-3)).size).toBe(3);

    // Numbers known, so no prompt on opening: the field is clean and updateFields is off.
    const begins = named(toc, 'fldChar').filter((f) => attr(f, 'fldCharType') === 'begin');
    expect(begins.map((f) => attr(f, 'dirty') ?? 'false')).not.toContain('true');
    expect(named(part('word/settings.xml'), 'updateFields')).toHaveLength(0);
  });

  it('asks Word to update the contents on opening when the layout could not place every page', async () => {
    const doc = sampleDocument();
    // A contour integral: a character the layout has no width for, so it stops rather than guess.
    const paragraph = { type: 'paragraph' as const, content: [{ ...plainRun, text: 'Flyt ∮ F·dr' }] };
    const purpose = doc.blocks.findIndex((b) => b.type === 'heading' && b.role === 'purpose');
    const stopping: ExportDocument = {
      ...doc,
      blocks: [...doc.blocks.slice(0, purpose + 1), paragraph, ...doc.blocks.slice(purpose + 1)],
    };
    const settings = (await render(stopping))('word/settings.xml');
    expect(named(settings, 'updateFields').map((u) => attr(u, 'val') ?? 'true')).toEqual(['true']);
  });

  it('names the municipality as author, last editor and company', async () => {
    const part = await render(sampleDocument({ municipality: 'Bømlo kommune' }));
    const core = part('docProps/core.xml');
    expect(named(core, 'creator', ns.dc).map((e) => e.text)).toEqual(['Bømlo kommune']);
    expect(named(core, 'lastModifiedBy', ns.cp).map((e) => e.text)).toEqual(['Bømlo kommune']);
    const app = part('docProps/app.xml');
    expect(app.ns).toBe(ns.app);
    expect(app.children.map((e) => [e.local, e.text])).toEqual([
      ['Company', 'Bømlo kommune'],
      ['Application', 'Medverk'],
    ]);
  });

  it('numbers focus areas and strategies with a Word numbering definition, showing the same text', async () => {
    const doc = sampleDocument();
    const part = await render(doc);
    const numbering = part('word/numbering.xml');
    const abstracts = named(numbering, 'abstractNum');
    const headingAbstract = abstracts.find((a) =>
      named(a, 'lvlText').some((t) => attr(t, 'val') === 'Strategi %1.%2'),
    );
    expect(headingAbstract).toBeDefined();
    const levels = named(headingAbstract!, 'lvl').map((lvl) => ({
      level: attr(lvl, 'ilvl'),
      format: attr(child(lvl, 'numFmt'), 'val'),
      text: attr(child(lvl, 'lvlText'), 'val'),
      suffix: attr(child(lvl, 'suff'), 'val'),
    }));
    expect(levels).toEqual([
      { level: '0', format: 'decimal', text: '%1', suffix: 'space' },
      { level: '1', format: 'decimal', text: 'Strategi %1.%2', suffix: 'nothing' },
    ]);
    const abstractId = attr(headingAbstract, 'abstractNumId');
    const numIds = named(numbering, 'num')
      .filter((n) => attr(child(n, 'abstractNumId'), 'val') === abstractId)
      .map((n) => attr(n, 'numId'));

    // What Word shows: each numbered heading's number from its level, counted as Word counts
    // (strategies from 1 again after each focus area), then the paragraph's own text.
    const counters = [0, 0];
    const headings = doc.blocks.filter((b): b is HeadingBlock => b.type === 'heading');
    const inOrder = named(child(part('word/document.xml'), 'body')!, 'p').filter((p) =>
      ['Heading1', 'Heading2'].includes(styleOf(p) ?? ''),
    );
    const replay = inOrder.map((p) => {
      const numPr = child(child(p, 'pPr'), 'numPr');
      if (!numPr) return runText(p);
      expect(numIds).toContain(attr(child(numPr, 'numId'), 'val'));
      const level = Number(attr(child(numPr, 'ilvl'), 'val'));
      counters[level] = (counters[level] ?? 0) + 1;
      if (level === 0) counters[1] = 0;
      const { text: pattern, suffix } = levels[level]!;
      const number = pattern!.replace(/%(\d)/g, (_, n: string) => String(counters[Number(n) - 1]));
      return `${number}${suffix === 'space' ? ' ' : ''}${runText(p)}`;
    });
    expect(replay).toEqual(headings.filter((h) => h.level <= 2).map((h) => h.text));
    // The numbers are Word's, not typed: no focus area or strategy heading holds its own number.
    const numbered = inOrder.filter((p) => child(child(p, 'pPr'), 'numPr'));
    expect(numbered).toHaveLength(5);
    expect(numbered.map(runText)).toEqual([
      'Møteplasser og læring',
      '',
      '',
      'Frivillighet <script>alert(1)</script>',
      '',
    ]);
  });

  it('keeps typed numbers when the plan is not numbered as Word would count', async () => {
    const doc = sampleDocument();
    const renumbered: ExportDocument = {
      ...doc,
      blocks: doc.blocks.map((b) =>
        b.type === 'heading' && b.role === 'focusArea' && b.number === '2'
          ? { ...b, number: '3', text: b.text.replace(/^2 /, '3 ') }
          : b,
      ),
    };
    const part = await render(renumbered);
    const body = child(part('word/document.xml'), 'body')!;
    const headings = named(body, 'p').filter((p) => styleOf(p) === 'Heading1');
    expect(headings.some((p) => child(child(p, 'pPr'), 'numPr'))).toBe(false);
    expect(headings.map(runText)).toContain('3 Frivillighet <script>alert(1)</script>');
  });

  it("declares the plan's language on the default run properties, whatever the labels' language", async () => {
    const english = sampleDocument({ locale: 'en' });
    const langOf = async (options?: DocxOptions) => {
      const styles = (await render(english, options))('word/styles.xml');
      const defaults = child(child(child(styles, 'docDefaults'), 'rPrDefault'), 'rPr');
      return attr(child(defaults, 'lang'), 'val');
    };
    expect(await langOf()).toBe('nb-NO');
    expect(await langOf({ language: 'nn-NO' })).toBe('nn-NO');
  });
});
