/// <reference types="pdfkit" />
import type { ExportBlock, HeadingBlock, ListBlock } from '../../shared/export/model/types';
import { artifact, bottom, currentPage, ensureSpace } from './pdfPage';
import { writeTable } from './pdfTable';
import {
  colors,
  inlineContent,
  textHeight,
  writeText,
  type Box,
  type ChangeMarkers,
} from './pdfText';

export const bodySize = 10.5;
const lineGap = 3;
const paragraphGap = 7;
const listIndent = 18;
const bullets = ['•', '–', '▪'];

/** Told about each heading as it is placed: for bookmarks and the table of contents. */
export type HeadingListener = (heading: HeadingBlock, page: number) => void;

/** Where the walk is: the structure element blocks go into, the text box, list and quote depth. */
export interface PdfContext {
  doc: PDFKit.PDFDocument;
  parent: PDFKit.PDFStructureElement;
  box: Box;
  depth: number;
  color: string;
  italic: boolean;
  /** Paragraphs in list items sit closer together. */
  gap: number;
  onHeading: HeadingListener;
  markers?: ChangeMarkers;
}

const headingSizes = [18, 14, 12, 11, 10.5, 10.5];
const headingSpace = [20, 14, 10, 8, 8, 8];

function heading(block: HeadingBlock, ctx: PdfContext): void {
  const { doc } = ctx;
  const size = headingSizes[block.level - 1] ?? bodySize;
  const style = { size, color: colors.accent, bold: true, italic: block.level >= 5, lineGap: 2 };
  if (block.pageBreakBefore && doc.y > doc.page.margins.top) doc.addPage();
  else if (doc.y > doc.page.margins.top) doc.y += headingSpace[block.level - 1] ?? 8;
  // Keep the heading with the first lines after it.
  ensureSpace(doc, textHeight(doc, block.text, ctx.box, style) + 3 * bodySize * 1.4);
  doc.addNamedDestination(block.anchor, 'FitH', doc.page.height - doc.y + 4);
  ctx.onHeading(block, currentPage(doc));
  // The plan title is the document's H1, so level 1 headings are H2, as in the HTML export.
  const tag = `H${Math.min(6, block.level + 1)}`;
  ctx.parent.add(doc.struct(tag, {}, () => writeText(doc, block.text, ctx.box, style)));
  doc.y += 5;
}

function list(block: ListBlock, ctx: PdfContext): void {
  const { doc } = ctx;
  const element = doc.struct('L');
  ctx.parent.add(element);
  block.items.forEach((item, index) => {
    // A marker must not be left at the foot of a page without its text.
    ensureSpace(doc, 2 * bodySize * 1.4);
    const li = doc.struct('LI');
    element.add(li);
    const label = block.ordered
      ? `${block.start + index}.`
      : (bullets[ctx.depth % bullets.length] ?? '•');
    const top = doc.y;
    li.add(
      doc.struct('Lbl', {}, () =>
        writeText(
          doc,
          label,
          { x: ctx.box.x, width: listIndent - 5 },
          {
            size: bodySize,
            color: ctx.color,
            align: 'right',
            lineGap,
          },
        ),
      ),
    );
    doc.y = top;
    const body = doc.struct('LBody');
    li.add(body);
    const box = { x: ctx.box.x + listIndent, width: ctx.box.width - listIndent };
    walk(item, { ...ctx, parent: body, box, depth: ctx.depth + 1, gap: 3 });
    if (doc.y === top) doc.y += bodySize * 1.4;
    body.end();
    li.end();
  });
  element.end();
  doc.y += ctx.depth === 0 ? paragraphGap - 3 : 0;
}

function quote(blocks: readonly ExportBlock[], ctx: PdfContext): void {
  const { doc } = ctx;
  const element = doc.struct('BlockQuote');
  ctx.parent.add(element);
  const top = doc.y;
  const page = currentPage(doc);
  const box = { x: ctx.box.x + 14, width: ctx.box.width - 14 };
  walk(blocks, { ...ctx, parent: element, box, color: colors.muted, italic: true });
  element.end();
  // The bar is drawn when the quote ended on the page it began on; across pages it is left out.
  if (currentPage(doc) === page) {
    const end = doc.y - paragraphGap;
    artifact(doc, () =>
      doc
        .moveTo(ctx.box.x + 3, top)
        .lineTo(ctx.box.x + 3, end)
        .lineWidth(2)
        .stroke(colors.rule),
    );
  }
}

function code(text: string, ctx: PdfContext): void {
  const { doc } = ctx;
  const inner = { x: ctx.box.x + 6, width: ctx.box.width - 12 };
  const style = { size: bodySize - 1, color: colors.code, lineGap: 2 };
  const height = textHeight(doc, text, inner, style) + 8;
  ensureSpace(doc, Math.min(height, 200));
  const top = doc.y;
  const page = currentPage(doc);
  // Code longer than the page keeps its background on the first page only, inside the margin.
  const shown = Math.min(height, bottom(doc) - top);
  artifact(doc, () => doc.rect(ctx.box.x, top, ctx.box.width, shown).fill(colors.soft));
  doc.y = top + 4;
  ctx.parent.add(doc.struct('Code', {}, () => writeText(doc, text, inner, style)));
  const end = currentPage(doc) === page ? Math.max(doc.y, top + height) : doc.y;
  doc.y = end + paragraphGap;
}

function rule(ctx: PdfContext): void {
  const { doc } = ctx;
  const y = doc.y + 6;
  artifact(doc, () =>
    doc
      .moveTo(ctx.box.x, y)
      .lineTo(ctx.box.x + ctx.box.width, y)
      .lineWidth(0.75)
      .stroke(colors.rule),
  );
  doc.y = y + 10;
}

function block(node: ExportBlock, ctx: PdfContext): void {
  const { doc } = ctx;
  switch (node.type) {
    case 'heading':
      return heading(node, ctx);
    case 'paragraph':
      ctx.parent.add(
        doc.struct(
          'P',
          {},
          inlineContent(doc, node.content, ctx.box, {
            size: bodySize,
            color: ctx.color,
            italic: ctx.italic,
            lineGap,
            markers: ctx.markers,
          }),
        ),
      );
      doc.y += ctx.gap;
      return;
    case 'list':
      return list(node, ctx);
    case 'quote':
      return quote(node.blocks, ctx);
    case 'code':
      return code(node.text, ctx);
    case 'rule':
      return rule(ctx);
    case 'table':
      return writeTable(doc, ctx.parent, node, ctx.box);
    case 'titlePage':
    case 'toc':
      // Laid out by the document, which reserves their pages.
      return;
  }
}

/** Writes blocks in reading order, each tagged under `ctx.parent`. */
export function walk(nodes: readonly ExportBlock[], ctx: PdfContext): void {
  for (const node of nodes) block(node, ctx);
}

export function paragraphContext(
  doc: PDFKit.PDFDocument,
  parent: PDFKit.PDFStructureElement,
  box: Box,
  onHeading: HeadingListener,
  markers?: ChangeMarkers,
): PdfContext {
  return {
    markers,
    doc,
    parent,
    box,
    depth: 0,
    color: colors.ink,
    italic: false,
    gap: paragraphGap,
    onHeading,
  };
}
