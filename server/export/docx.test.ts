import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from './docx';
import { sami, sampleDocument } from './testSupport/sample';
import { assertWellFormedXml } from './testSupport/xml';
import { readZip } from './testSupport/zip';

let files: Map<string, Buffer>;
let documentXml: string;

const part = (name: string): string => files.get(name)?.toString('utf8') ?? '';

/** The text of each paragraph with the given style, runs joined. */
function styledParagraphs(xml: string, style: string): string[] {
  return [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<\/w:p>/gs)]
    .map((m) => m[0])
    .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
    .map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

beforeAll(async () => {
  files = readZip(await renderDocx(sampleDocument()));
  documentXml = part('word/document.xml');
});

describe('renderDocx', () => {
  it('writes well-formed XML in every part', () => {
    const xmlParts = [...files.keys()].filter((name) => /\.(xml|rels)$/.test(name));
    expect(xmlParts).toEqual(
      expect.arrayContaining([
        'word/document.xml',
        'word/styles.xml',
        'word/numbering.xml',
        'docProps/core.xml',
      ]),
    );
    for (const name of xmlParts) expect(() => assertWellFormedXml(part(name)), name).not.toThrow();
  });

  it('uses Word heading styles: focus areas Heading1 "1 …", strategies Heading2 "Strategi 1.1"', () => {
    // The numbers of focus areas and strategies are Word's own (docxFiling.test.ts).
    expect(styledParagraphs(documentXml, 'Heading1')).toEqual([
      'Formål',
      'Mål planen bygger på',
      'Møteplasser og læring',
      'Frivillighet &lt;script&gt;alert(1)&lt;/script&gt;',
      'Vedlegg 1: Strategienes opphav i verksteder',
      'Vedlegg 2: Bidragsytere og lag og foreninger',
      'Vedlegg 3: Versjonshistorikk',
    ]);
    expect(styledParagraphs(documentXml, 'Heading2')).toEqual(['Bakgrunn for området', '', '', '']);
    // Outline levels make the navigation pane work whatever Word thinks of the style names.
    expect(part('word/styles.xml')).toMatch(
      /w:styleId="Heading1"(?:(?!<\/w:style>).)*<w:outlineLvl w:val="0"\/>/s,
    );
    expect(part('word/styles.xml')).toMatch(
      /w:styleId="Heading2"(?:(?!<\/w:style>).)*<w:outlineLvl w:val="1"\/>/s,
    );
  });

  it('has a title page, a real table of contents field and page numbers', () => {
    expect(styledParagraphs(documentXml, 'Title')).toEqual([
      'Temaplan for medborgerskap &amp; kultur &lt;script&gt;alert(1)&lt;/script&gt;',
    ]);
    expect(styledParagraphs(documentXml, 'TitleField')).toEqual([
      'Versjon: Versjon 2',
      'Status: Til førstegangsbehandling',
      'Dato: 14. mars 2025',
    ]);
    expect(documentXml).toContain('TOC \\h \\o &quot;1-1&quot;');
    expect(documentXml).toMatch(/<w:fldChar w:fldCharType="begin"[^>]*\/>/);
    // Page numbers are written, so Word is not asked to update on opening (docxFiling.test.ts).
    expect(documentXml).toMatch(/PAGEREF _Toc\d+ \\h/);
    const footers = [...files.keys()]
      .filter((n) => n.startsWith('word/footer'))
      .map(part)
      .join('');
    expect(footers).toContain('PAGE');
    expect(footers).toContain('NUMPAGES');
  });

  it('keeps æøå and Sami letters and escapes typed markup as text', () => {
    expect(documentXml).toContain('for æ, ø og å');
    expect(documentXml).toContain(sami);
    expect(documentXml).not.toContain('<script>');
    expect(documentXml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(documentXml).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    // The attempt to close the run and open a new one stays text inside one w:t.
    expect(documentXml).toContain(
      ']]&gt;&lt;/w:t&gt;&lt;/w:r&gt;&lt;w:r&gt;&lt;w:t&gt;&amp; &amp;amp;',
    );
  });

  it("tables the master plan's goals after the purpose, with SDG names and focus areas", () => {
    const goals = documentXml.slice(
      // The last of each: the contents list them first.
      documentXml.lastIndexOf('Mål planen bygger på'),
      documentXml.lastIndexOf('Møteplasser og læring'),
    );
    const cells = [...goals.matchAll(/<w:tc>(?:(?!<\/w:tc>).)*?<\/w:tc>/gs)].map((m) =>
      [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    );
    expect(cells).toEqual([
      ...['Nr.', 'Mål', 'Bærekraftsmål', 'Innsatsområder'],
      '2',
      'Et inkluderende lokalsamfunn &lt;script&gt;alert(1)&lt;/script&gt;',
      '11 Bærekraftige byer og lokalsamfunn',
      '1 Møteplasser og læring; 2 Frivillighet &lt;script&gt;alert(1)&lt;/script&gt;',
      ...['3.1', 'Gode oppvekstvilkår', '', ''],
    ]);
    // The header row repeats on every page, as in the appendices.
    expect(goals).toContain('<w:tblHeader/>');
  });

  it('links only to safe targets', () => {
    const rels = part('word/_rels/document.xml.rels');
    expect(rels).toContain('Target="https://www.asker.kommune.no/?a=1&amp;b=%222%22"');
    expect(rels).not.toMatch(/javascript/i);
    expect(documentXml).not.toMatch(/javascript/i);
  });

  it('numbers lists with Word numbering, restarting each list at its start', () => {
    const numbered = documentXml.match(/<w:numPr>/g) ?? [];
    // Four list items and five focus area and strategy headings.
    expect(numbered).toHaveLength(4 + 5);
    expect(documentXml).toMatch(/<w:ilvl w:val="1"\/>/);
    const numbering = part('word/numbering.xml');
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
    expect(numbering).toContain('<w:start w:val="3"/>');
  });

  it('declares the language and document properties', () => {
    expect(part('word/styles.xml')).toContain('<w:lang w:val="nb-NO"/>');
    expect(part('word/styles.xml')).toContain('w:line="276" w:lineRule="auto"');
    const core = part('docProps/core.xml');
    expect(core).toContain('<dc:title>Temaplan for medborgerskap &amp; kultur &lt;script&gt;');
    expect(core).toContain('<dc:creator>Asker kommune</dc:creator>');
    expect(core).toContain(
      '<dc:subject>Status: Til førstegangsbehandling · Versjon: Versjon 2</dc:subject>',
    );
  });
});
