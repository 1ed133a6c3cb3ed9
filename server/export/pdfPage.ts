/// <reference types="pdfkit" />

/** A4 with 2.5 cm side margins and room for the page number below the text. */
export const pageLayout = {
  size: 'A4',
  margins: { top: 72, bottom: 78, left: 71, right: 71 },
} as const;

/** The lowest y text may reach on the current page. */
export function bottom(doc: PDFKit.PDFDocument): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` points still fit, so a heading never ends a page alone. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

/**
 * Draws decoration (rules, backgrounds, page numbers) as an artifact, which assistive technology
 * skips. Call only between tagged blocks: pdfkit closes open marked content for an artifact.
 */
export function artifact(
  doc: PDFKit.PDFDocument,
  draw: () => void,
  type: 'Layout' | 'Pagination' = 'Layout',
): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}

/** The index of the page being written, counted from 0 over the whole document. */
export function currentPage(doc: PDFKit.PDFDocument): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
}
