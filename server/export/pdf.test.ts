import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from './pdf';
import { attacks, sami, sampleDocument } from './testSupport/sample';
import { structureTree } from './testSupport/pdfStructure';
import { assertWellFormedXml } from './testSupport/xml';

let pdf: Buffer;
let raw: string;

/**
 * A poppler-utils tool (installed here and on CI) run on the PDF from stdin: the document read
 * back as a reader's tools see it. pdftotext also needs "-" to write to stdout.
 */
function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdffonts', ...args: string[]): string {
  const files = tool === 'pdftotext' ? ['-', '-'] : ['-'];
  return execFileSync(tool, [...args, ...files], { input: pdf }).toString('utf8');
}

beforeAll(async () => {
  pdf = await renderPdf(sampleDocument());
  raw = pdf.toString('latin1');
}, 20_000);

describe('renderPdf', () => {
  it('reads back with the title, the numbering and Norwegian and Sami letters', () => {
    // Lines wrap where the page ends them: compare with whitespace collapsed.
    const text = poppler('pdftotext', '-enc', 'UTF-8').replace(/\s+/g, ' ');
    expect(text).toContain('Temaplan for medborgerskap & kultur');
    expect(text).toContain('1 Møteplasser og læring');
    expect(text).toContain('Strategi 1.1');
    expect(text).toContain('for æ, ø og å');
    expect(text).toContain(sami);
    expect(text).toContain('Vedlegg 3: Versjonshistorikk');
    expect(text).toContain('Mål planen bygger på');
    expect(text).toContain('11 Bærekraftige byer og lokalsamfunn');
    expect(text).toMatch(/Side 2 av \d+/);
    // Typed markup is only text in a PDF: shown as typed, never interpreted.
    expect(text).toContain(attacks.script);
    // A hard break starts a new line (pdfkit drops or misplaces "\n" inside continued text).
    expect(poppler('pdftotext', '-enc', 'UTF-8')).toContain(
      `${attacks.script}\n${attacks.attribute}`,
    );
  });

  it('is tagged, with its language, title shown and a structure tree', () => {
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain('/MarkInfo');
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toContain('/Lang (nb-NO)');
    expect(raw).toContain('/DisplayDocTitle true');
    const types = ['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'BlockQuote'];
    for (const type of [...types, 'Code', 'Table', 'TR', 'TH', 'TD', 'TOC', 'TOCI']) {
      expect(raw, type).toContain(`/S /${type}\n`);
    }
    expect(raw).toContain('/Outlines');
    expect(poppler('pdfinfo')).toMatch(/Tagged:\s+yes/);
  });

  it('tags the content in reading order under one Document element', () => {
    const [document, ...others] = structureTree(pdf);
    expect(others).toEqual([]);
    expect(document?.type).toBe('Document');
    const top = document?.children ?? [];
    expect(top.map((node) => node.type)).toEqual([
      ...['P', 'H1', 'P', 'P', 'P', 'H2', 'TOC'],
      ...['H2', 'P', 'P', 'P'],
      ...['H2', 'Table'],
      ...['H2', 'H3', 'P', 'L', 'BlockQuote', 'Code', 'H3', 'P', 'H3', 'P'],
      ...['H2', 'H3'],
      ...['H2', 'Table', 'H2', 'Table', 'H2', 'Table'],
    ]);
    // The contents' title heads the TOC rather than being one of its entries.
    const toc = top[6];
    expect(toc?.children.map((node) => node.type)).toEqual(Array<string>(7).fill('TOCI'));
    for (const entry of toc?.children ?? []) {
      expect(entry.children.map((node) => node.type)).toEqual(['Link']);
    }
    const list = top.find((node) => node.type === 'L');
    expect(list?.children.map((item) => item.children.map((node) => node.type))).toEqual([
      ['Lbl', 'LBody'],
      ['Lbl', 'LBody'],
    ]);
    expect(list?.children[0]?.children[1]?.children.map((node) => node.type)).toEqual(['P', 'L']);
    const [goals, provenance] = top.filter((node) => node.type === 'Table');
    expect(goals?.children.map((row) => row.children.map((cell) => cell.type))).toEqual([
      Array<string>(4).fill('TH'),
      Array<string>(4).fill('TD'),
      Array<string>(4).fill('TD'),
    ]);
    expect(provenance?.children.map((row) => row.children.map((cell) => cell.type))).toEqual([
      Array<string>(5).fill('TH'),
      Array<string>(5).fill('TD'),
      Array<string>(5).fill('TD'),
    ]);
  });

  it('claims PDF/A-2a in well-formed XMP that says what the Info dictionary says', () => {
    const start = raw.indexOf('<?xpacket begin');
    const end = raw.indexOf('<?xpacket end="w"?>');
    expect(start).toBeGreaterThan(0);
    const xmp = pdf.subarray(start, end + '<?xpacket end="w"?>'.length).toString('utf8');
    expect(() => assertWellFormedXml(xmp)).not.toThrow();
    expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(xmp).toMatch(/<pdfaid:conformance>A<\/pdfaid:conformance>/);
    expect(xmp).toContain(
      'Temaplan for medborgerskap &amp; kultur &lt;script&gt;alert(1)&lt;/script&gt;</rdf:li>',
    );
    expect(raw).toContain('/OutputIntents');
    expect(poppler('pdfinfo')).toMatch(
      /Title:\s+Temaplan for medborgerskap & kultur <script>alert\(1\)<\/script>/,
    );
  });

  it('embeds every font it uses, none of the standard 14', () => {
    expect(raw).toContain('/FontFile2');
    expect(raw).not.toMatch(/\/Subtype \/Type1/);
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier|Symbol|ZapfDingbats)/);
    const fonts = poppler('pdffonts').trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      expect(line, line).toMatch(/\bInter-\w+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    }
    // Sami letters come from the latin-ext file: a second, distinct embedded Inter Italic.
    expect(fonts.filter((line) => line.includes('+Inter-Italic '))).toHaveLength(2);
  });

  it('links only to safe targets', () => {
    expect(raw).toContain('/URI (https://www.asker.kommune.no/?a=1&b=%222%22)');
    expect(raw).not.toMatch(/javascript/i);
  });
});
