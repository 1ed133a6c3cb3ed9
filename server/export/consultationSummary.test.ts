import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { summaryAttacks, summarySource } from '../../shared/export/consultation/summaryFixture';
import { buildConsultationSummary } from '../../shared/export/consultation/summaryModel';
import { renderConsultationDocx } from './consultationDocx';
import { renderConsultationPdf } from './consultationPdf';
import { structureTree, type StructNode } from './testSupport/pdfStructure';
import { assertWellFormedXml } from './testSupport/xml';
import { readZip } from './testSupport/zip';

const summary = buildConsultationSummary(summarySource());
let files: Map<string, Buffer>;
let documentXml: string;
let pdf: Buffer;

beforeAll(async () => {
  files = readZip(await renderConsultationDocx(summary));
  documentXml = files.get('word/document.xml')?.toString('utf8') ?? '';
  pdf = await renderConsultationPdf(summary);
}, 20_000);

/** The text of a DOCX's paragraphs, runs joined, one line each. */
function docxText(xml: string): string {
  return [...xml.matchAll(/<w:p[ >](?:(?!<\/w:p>).)*?<\/w:p>/gs)]
    .map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .join('\n');
}

const pdfText = () =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf })
    .toString('utf8')
    .replace(/\s+/g, ' ');

function find(nodes: readonly StructNode[], type: string): StructNode[] {
  return nodes.flatMap((node) => [
    ...(node.type === type ? [node] : []),
    ...find(node.children, type),
  ]);
}

describe('renderConsultationDocx', () => {
  it("writes well-formed XML with the plan export's styles", () => {
    for (const [name, part] of files) {
      if (/\.(xml|rels)$/.test(name))
        expect(() => assertWellFormedXml(part.toString('utf8')), name).not.toThrow();
    }
    expect(files.get('word/styles.xml')?.toString('utf8')).toContain('w:styleId="TitleField"');
    expect(documentXml).toContain('<w:pStyle w:val="Quote"/>');
  });

  it("holds each input's summary, quote, assessment and change, and who gave input", () => {
    const text = docxText(documentXml);
    expect(text).toContain('Høringsoppsummering');
    expect(text).toContain('Høringsperiode: 1. mars 2026 kl. 09:00 – 13. april 2026 kl. 23:59');
    expect(text).toContain('INN-2026-0001 – Asker Sámi searvi');
    expect(text).toContain('Sammendrag: Ønsker lokaler for samisk kulturarbeid.');
    expect(text).toContain('Vi trenger lokaler.');
    expect(text).toContain('Endring i planen: Strategi 2.2');
    expect(text).toContain('Likelydende innspill: INN-2026-0003 (Innbygger)');
    expect(text).toContain('Vedlegg 1: Innspill fra');
    expect(text).toContain('Kari Nordmann');
    expect(text).not.toContain('Ola Hemmelig');
  });

  it('keeps typed markup and formulas as escaped text', () => {
    expect(documentXml).not.toContain('<script>');
    expect(documentXml).toContain('Helst sentralt. &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(documentXml).toContain(
      'Kommunedirektørens vurdering: </w:t></w:r><w:r><w:t xml:space="preserve">Tas til følge. =HYPERLINK(&quot;http://evil.example&quot;,&quot;klikk&quot;)',
    );
    expect(files.get('word/_rels/document.xml.rels')?.toString('utf8')).not.toContain('evil');
  });
});

describe('renderConsultationPdf', () => {
  it('reads back with the inputs, the appendix and typed markup as plain text', () => {
    const text = pdfText();
    expect(text).toContain('Høringsoppsummering');
    expect(text).toContain('Sammendrag: Ønsker lokaler for samisk kulturarbeid.');
    expect(text).toContain(`Helst sentralt. ${summaryAttacks.script}`);
    expect(text).toContain(`Tas til følge. ${summaryAttacks.formula}`);
    expect(text).toContain('Vedlegg 1: Innspill fra');
    expect(text).toContain('Statsforvalteren i Oslo og Viken');
    expect(text).not.toContain('Ola Hemmelig');
    expect(text).toMatch(/Side 2 av \d+/);
  });

  it('is PDF/A-2a, tagged, with quotes and tables with header cells', () => {
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(raw).toMatch(/<pdfaid:conformance>A<\/pdfaid:conformance>/);
    expect(raw).toContain('/Lang (nb-NO)');
    expect(raw).not.toContain('/URI');
    const tree = structureTree(pdf);
    expect(find(tree, 'BlockQuote')).toHaveLength(4);
    const tables = find(tree, 'Table');
    expect(tables.map((table) => table.children[0]?.children.map((cell) => cell.type))).toEqual([
      ['TH', 'TH', 'TH'],
      ['TH', 'TH'],
    ]);
  });

  it('speaks nynorsk', async () => {
    const nn = await renderConsultationPdf(
      buildConsultationSummary(summarySource({ locale: 'nn' })),
    );
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: nn }).toString(
      'utf8',
    );
    expect(text).toContain('Høyringsoppsummering');
    expect(text).toContain('Kommunedirektøren si vurdering');
    expect(nn.toString('latin1')).toContain('/Lang (nn-NO)');
  }, 20_000);
});
