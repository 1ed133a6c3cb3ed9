import PDFDocument from 'pdfkit';
import type { ExportDocument, HeadingBlock, TitlePageBlock } from '../../shared/export/model/types';
import { blockVoices, documentLanguages } from '../../shared/export/model/blockVoices';
import { paragraphContext, walk } from './pdfBlocks';
import { documentInfo, matchXmpToInfo } from './pdfMetadata';
import { artifact, pageLayout } from './pdfPage';
import { colors, writeText, type Box } from './pdfText';
import { fillToc, reserveToc, type TocReservation } from './pdfToc';
import { logoAltText } from '../../shared/public/logoAltText';
import { logoSize, type DocxLogo } from './docxLogo';

/**
 * The municipality's logo above the title, the size the DOCX gives it (logoSize is in CSS
 * pixels; a point is 4/3 of one), tagged as a Figure named by the municipality. pdfkit draws PNG
 * only: an SVG logo is left out of the PDF, and the municipality's name below says whose plan it is.
 */
function titleLogo(
  doc: PDFKit.PDFDocument,
  root: PDFKit.PDFStructureElement,
  logo: DocxLogo,
  municipality: string,
  box: Box,
): void {
  if (logo.kind !== 'png') return;
  const size = logoSize(logo);
  const width = (size.width * 3) / 4;
  const height = (size.height * 3) / 4;
  root.add(
    doc.struct('Figure', { alt: logoAltText(municipality) }, () => {
      doc.image(Buffer.from(logo.bytes), box.x, 140 - height, { width, height });
    }),
  );
}

function titlePage(
  doc: PDFKit.PDFDocument,
  root: PDFKit.PDFStructureElement,
  block: TitlePageBlock,
  box: Box,
  logo: DocxLogo | null,
  /** The labels' language, when it is not the document's (the plan's). */
  labelsLang: string | null,
): void {
  if (logo) titleLogo(doc, root, logo, block.municipality, box);
  artifact(doc, () => doc.rect(box.x, 150, 56, 6).fill(colors.accent));
  doc.y = 180;
  if (block.municipality !== '') {
    root.add(
      doc.struct('P', {}, () =>
        writeText(doc, block.municipality, box, { size: 15, color: colors.muted, bold: true }),
      ),
    );
    doc.y += 12;
  }
  root.add(
    doc.struct('H1', {}, () =>
      writeText(doc, block.title, box, { size: 28, color: colors.accent, bold: true, lineGap: 4 }),
    ),
  );
  doc.y += 28;
  for (const field of block.fields) {
    root.add(
      doc.struct('P', labelsLang ? { lang: labelsLang } : {}, () =>
        writeText(doc, `${field.label}: ${field.value}`, box, { size: 12, color: colors.ink }),
      ),
    );
    doc.y += 4;
  }
}

/** Bookmarks follow the headings' levels; a level with no parent above it hangs from the root. */
function outliner(doc: PDFKit.PDFDocument): (heading: HeadingBlock) => void {
  const stack: PDFKit.PDFOutline[] = [];
  return (heading) => {
    if (heading.level > 3) return;
    const parent = stack[heading.level - 2] ?? doc.outline;
    const item = parent.addItem(heading.text);
    stack.length = heading.level - 1;
    stack[heading.level - 1] = item;
  };
}

function pageNumbers(doc: PDFKit.PDFDocument, labels: ExportDocument['labels'], box: Box): void {
  const { start, count } = doc.bufferedPageRange();
  // The title page carries no number; the others count it, as the contents do.
  for (let i = start + 1; i < start + count; i++) {
    doc.switchToPage(i);
    const marginBottom = doc.page.margins.bottom;
    // Writing below the bottom margin would otherwise make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    artifact(
      doc,
      () => {
        doc.y = doc.page.height - 48;
        writeText(doc, `${labels.page} ${i + 1} ${labels.pageOf} ${count}`, box, {
          size: 9,
          color: colors.muted,
          align: 'center',
        });
      },
      'Pagination',
    );
    doc.page.margins.bottom = marginBottom;
  }
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/**
 * The plan as an archivable, accessible PDF: PDF/A-2a (tagged, embedded Inter with a Unicode
 * map, XMP metadata, sRGB output intent), its language and title declared, a structure tree in
 * reading order (H1 title, H2 focus areas, H3 strategies, P, L/LI/Lbl/LBody, Table/TR/TH/TD
 * with header scope, TOC/TOCI, Link elements owning their annotations), Info and XMP metadata
 * that agree, bookmarks for the headings, a linked table of contents and page numbers as
 * artifacts. `now` is the creation date both record.
 */
export async function renderPdf(
  source: ExportDocument,
  options: { now?: Date; logo?: DocxLogo | null } = {},
): Promise<Buffer> {
  const now = options.now ?? new Date();
  const languages = documentLanguages(source);
  const labelsLang = languages.mixed ? languages.labels : null;
  const voices = blockVoices(source.blocks);
  /**
   * Where a block's elements go: the root, or for labels in another language than the plan's a
   * Div of their own that says so (PDF/UA: /Lang on content in another language).
   */
  const parentFor = (index: number): PDFKit.PDFStructureElement => {
    if (!labelsLang || voices[index] !== 'labels') return root;
    const div = doc.struct('Div', { lang: labelsLang });
    root.add(div);
    return div;
  };
  // No `font` option: pdfkit then starts out with Helvetica, which is never used (all text goes
  // through useFont) and so never written; PDF/A needs every font embedded, and the standard 14
  // are not. Starting out with Inter instead would make pdfkit take that copy for the registered
  // one of the same name, and open the registered one again on every use.
  const doc = new PDFDocument({
    size: pageLayout.size,
    margins: { ...pageLayout.margins },
    pdfVersion: '1.7',
    subset: 'PDF/A-2a',
    tagged: true,
    // The document's language is the plan's: its text is most of it (issue #15).
    lang: languages.content,
    displayTitle: true,
    bufferPages: true,
    info: documentInfo(
      {
        title: source.title,
        author: source.municipality || source.creator,
        subject: source.subject,
        creator: source.creator,
      },
      now,
    ),
  });
  matchXmpToInfo(doc);
  const done = collect(doc);
  const box: Box = {
    x: doc.page.margins.left,
    width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
  };
  const root = doc.struct('Document');
  doc.addStructure(root);

  const pages = new Map<string, number>();
  const bookmark = outliner(doc);
  const onHeading = (heading: HeadingBlock, page: number): void => {
    pages.set(heading.anchor, page);
    bookmark(heading);
  };
  const { textAdded, textRemoved } = source.labels;
  const markers = { added: textAdded, removed: textRemoved };
  let toc: TocReservation | null = null;
  let newPage = false;
  source.blocks.forEach((block, index) => {
    if (block.type === 'titlePage') {
      titlePage(doc, root, block, box, options.logo ?? null, labelsLang);
      newPage = true;
    } else if (block.type === 'toc') {
      toc = reserveToc(doc, parentFor(index), block, box);
      newPage = true;
    } else {
      // The plan starts on a page of its own after the title page and contents.
      if (newPage) doc.addPage();
      newPage = false;
      walk([block], paragraphContext(doc, parentFor(index), box, onHeading, markers));
    }
  });
  if (toc) fillToc(doc, toc, pages);
  pageNumbers(doc, source.labels, box);
  root.end();
  doc.end();
  return done;
}
