/// <reference types="pdfkit" />
import type { TocBlock, TocEntry } from '../../shared/export/model/types';
import { bottom, currentPage } from './pdfPage';
import { linkElement } from './pdfTags';
import { colors, textHeight, writeText, type Box } from './pdfText';

const entryStyle = { size: 11, color: colors.ink, lineGap: 2 };
const entryGap = 8;
const titleHeight = 44;
const numberWidth = 36;

/** Pages kept free for the contents, which can only be written once the pages are known. */
export interface TocReservation {
  block: TocBlock;
  element: PDFKit.PDFStructureElement;
  firstPage: number;
  places: Place[];
  box: Box;
}

interface Place {
  entry: TocEntry;
  /** Page offset from the first contents page. */
  page: number;
  y: number;
}

function textBox(box: Box): Box {
  return { x: box.x, width: box.width - numberWidth - 8 };
}

/** Where each entry goes, worked out once, so the pages reserved are the pages filled. */
function layout(doc: PDFKit.PDFDocument, entries: readonly TocEntry[], box: Box): Place[] {
  const top = doc.page.margins.top;
  let page = 0;
  let y = top + titleHeight;
  return entries.map((entry) => {
    const height = textHeight(doc, entry.text, textBox(box), entryStyle) + entryGap;
    if (y + height > bottom(doc)) {
      page++;
      y = top;
    }
    const place = { entry, page, y };
    y += height;
    return place;
  });
}

/**
 * Adds the blank pages the contents will take and tags its place in the reading order (after the
 * title page, before the plan), to be filled by `fillToc` when every heading has its page.
 */
export function reserveToc(
  doc: PDFKit.PDFDocument,
  root: PDFKit.PDFStructureElement,
  block: TocBlock,
  box: Box,
): TocReservation {
  doc.addPage();
  const firstPage = currentPage(doc);
  // The title heads the contents rather than being one of its entries, so it goes before the
  // TOC element; its place is known now, so it is written now.
  doc.y = doc.page.margins.top;
  root.add(
    doc.struct('H2', {}, () =>
      writeText(doc, block.title, box, { size: 18, color: colors.accent, bold: true }),
    ),
  );
  const places = layout(doc, block.entries, box);
  const pages = (places[places.length - 1]?.page ?? 0) + 1;
  for (let i = 1; i < pages; i++) doc.addPage();
  const element = doc.struct('TOC');
  root.add(element);
  return { block, element, firstPage, places, box };
}

/**
 * Writes the reserved contents: each entry a link to its heading, with its page, tagged as a
 * TOCI holding a Link element that owns the link annotation.
 */
export function fillToc(
  doc: PDFKit.PDFDocument,
  toc: TocReservation,
  pages: ReadonlyMap<string, number>,
): void {
  const { element, box } = toc;
  for (const place of toc.places) {
    doc.switchToPage(toc.firstPage + place.page);
    const target = pages.get(place.entry.anchor);
    const link = linkElement(doc, place.entry.text, () => {
      doc.y = place.y;
      writeText(doc, place.entry.text, textBox(box), entryStyle);
      if (target !== undefined) {
        doc.y = place.y;
        const numberBox = { x: box.x + box.width - numberWidth, width: numberWidth };
        writeText(doc, String(target + 1), numberBox, { ...entryStyle, align: 'right' });
      }
      // The whole entry is a link to its heading's destination.
      const height = textHeight(doc, place.entry.text, textBox(box), entryStyle);
      doc.goTo(box.x, place.y, box.width, height, place.entry.anchor);
    });
    element.add(doc.struct('TOCI', {}, [link]));
  }
  element.end();
}
