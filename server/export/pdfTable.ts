/// <reference types="pdfkit" />
import type { TableBlock } from '../../shared/export/model/types';
import { artifact, bottom } from './pdfPage';
import { headerScope } from './pdfTags';
import { colors, textHeight, writeText, type Box } from './pdfText';

const padding = 4;
const size = 9.5;

function columns(block: TableBlock, box: Box): Box[] {
  const total = block.widths.reduce((sum, width) => sum + width, 0) || 1;
  let x = box.x;
  return block.widths.map((width) => {
    const column = { x, width: (width / total) * box.width };
    x += column.width;
    return column;
  });
}

function inner(column: Box): Box {
  return { x: column.x + padding, width: column.width - 2 * padding };
}

function rowHeight(
  doc: PDFKit.PDFDocument,
  cells: readonly string[],
  cols: Box[],
  bold: boolean,
): number {
  const heights = cells.map((cell, i) => {
    const column = cols[i];
    return column
      ? textHeight(doc, cell || ' ', inner(column), { size, color: colors.ink, bold })
      : 0;
  });
  return Math.max(0, ...heights) + 2 * padding;
}

/**
 * One row, each cell tagged TH or TD in a TR. Only called between tagged blocks, so the rule and
 * background can be drawn as artifacts.
 */
function row(
  doc: PDFKit.PDFDocument,
  table: PDFKit.PDFStructureElement,
  cells: readonly string[],
  cols: Box[],
  header: boolean,
): void {
  const height = rowHeight(doc, cells, cols, header);
  const top = doc.y;
  const left = cols[0]?.x ?? 0;
  const last = cols[cols.length - 1];
  const right = last ? last.x + last.width : left;
  artifact(doc, () => {
    if (header) doc.rect(left, top, right - left, height).fill(colors.soft);
    doc
      .moveTo(left, top + height)
      .lineTo(right, top + height)
      .lineWidth(0.5)
      .stroke(colors.rule);
  });
  const tr = doc.struct('TR');
  table.add(tr);
  cells.forEach((cell, i) => {
    const column = cols[i];
    if (!column) return;
    const element = doc.struct(header ? 'TH' : 'TD', {}, () => {
      doc.y = top + padding;
      writeText(doc, cell, inner(column), { size, color: colors.ink, bold: header });
    });
    // Only the first row has header cells: each heads its column.
    if (header) headerScope(element, 'Column');
    tr.add(element);
  });
  tr.end();
  doc.y = top + height;
}

/**
 * A table of plain text, header row repeated on each page it runs onto (as an artifact there, so
 * it is read once). Rows are never split across pages.
 */
export function writeTable(
  doc: PDFKit.PDFDocument,
  parent: PDFKit.PDFStructureElement,
  block: TableBlock,
  box: Box,
): void {
  const cols = columns(block, box);
  const table = doc.struct('Table');
  parent.add(table);
  row(doc, table, block.columns, cols, true);
  const headerHeight = rowHeight(doc, block.columns, cols, true);
  for (const cells of block.rows) {
    if (doc.y + rowHeight(doc, cells, cols, false) > bottom(doc)) {
      doc.addPage();
      repeatHeader(doc, block.columns, cols, headerHeight);
    }
    row(doc, table, cells, cols, false);
  }
  table.end();
  doc.y += 12;
}

function repeatHeader(
  doc: PDFKit.PDFDocument,
  cells: readonly string[],
  cols: Box[],
  height: number,
): void {
  const top = doc.y;
  artifact(doc, () => {
    const left = cols[0]?.x ?? 0;
    const last = cols[cols.length - 1];
    const width = last ? last.x + last.width - left : 0;
    doc.rect(left, top, width, height).fill(colors.soft);
    cells.forEach((cell, i) => {
      const column = cols[i];
      if (!column) return;
      doc.y = top + padding;
      writeText(doc, cell, inner(column), { size, color: colors.ink, bold: true });
    });
  });
  doc.y = top + height;
}
