/// <reference types="pdfkit" />
import type { Inline } from '../../shared/export/model/types';
import { isSafeHref } from '../../shared/text/safeLink';
import { segments, useFont, type FontRef, type FontStyle } from './pdfFonts';
import { linkElement } from './pdfTags';

export const colors = {
  ink: '#1e2b3c',
  accent: '#0b4f6c',
  muted: '#5a6b7b',
  link: '#0b5a9a',
  code: '#7a3b12',
  rule: '#c9d3de',
  soft: '#f2f5f8',
  added: '#1a7f37',
  removed: '#b42318',
} as const;

/** Words printed around marked text in change reports: "[lagt til: …]", "[fjernet: …]". */
export interface ChangeMarkers {
  added: string;
  removed: string;
}

/** Where text goes across the page: its left edge and width, in points. */
export interface Box {
  x: number;
  width: number;
}

export interface TextStyle {
  size: number;
  color: string;
  bold?: boolean;
  italic?: boolean;
  lineGap?: number;
  align?: 'left' | 'right' | 'center';
  /** Without them, marked text is still underlined or struck out and coloured. */
  markers?: ChangeMarkers;
}

interface Piece {
  font: FontRef;
  text: string;
  color: string;
  underline: boolean;
  strike: boolean;
  link: string | null;
}

function fontStyle(bold: boolean, italic: boolean): FontStyle {
  if (bold && italic) return 'boldItalic';
  if (bold) return 'bold';
  return italic ? 'italic' : 'regular';
}

function pushText(
  line: Piece[],
  text: string,
  face: FontStyle,
  look: Omit<Piece, 'font' | 'text'>,
): void {
  for (const segment of segments(text, face)) {
    if (segment.text !== '') line.push({ font: segment.font, text: segment.text, ...look });
  }
}

/** The runs of a paragraph, one list per line: a hard break starts a new line. */
function lines(inlines: readonly Inline[], style: TextStyle): Piece[][] {
  const out: Piece[][] = [[]];
  for (const inline of inlines) {
    if (inline.type === 'break') {
      out.push([]);
      continue;
    }
    const face = fontStyle(
      inline.bold || (style.bold ?? false),
      inline.italic || (style.italic ?? false),
    );
    // The model keeps only safe targets; checked again here, as a link is where harm is done.
    const href = isSafeHref(inline.href) ? inline.href : null;
    let color: string = style.color;
    if (inline.code) color = colors.code;
    if (href !== null) color = colors.link;
    if (inline.change) color = colors[inline.change];
    const line = out[out.length - 1] ?? [];
    const marker = inline.change && style.markers ? style.markers[inline.change] : null;
    const plain = { color, underline: false, strike: false, link: null };
    // Visible words, not colour alone, tell a reader (and a text extractor) what was marked.
    if (marker !== null) pushText(line, `[${marker}: `, 'italic', plain);
    pushText(line, inline.text, face, {
      color,
      underline: inline.underline || href !== null || inline.change === 'added',
      strike: inline.strike || inline.change === 'removed',
      link: href,
    });
    if (marker !== null) pushText(line, ']', 'italic', plain);
  }
  return out;
}

/** One call that draws part of a paragraph; `link` is the target of the text it draws, if any. */
interface Step {
  link: string | null;
  text: string;
  draw: () => void;
}

/**
 * The calls that write one paragraph of runs into `box`, starting at the current y, wrapping and
 * breaking pages as pdfkit does, each segment in the font file that has its glyphs. Each line
 * between hard breaks is its own chain of continued calls: pdfkit misplaces text after a "\n"
 * inside one. Every option is given on every call, since pdfkit carries a continued call's
 * options over to the next one (a link would run on into the text after it).
 */
function steps(
  doc: PDFKit.PDFDocument,
  inlines: readonly Inline[],
  box: Box,
  style: TextStyle,
): Step[] {
  const gap = style.lineGap ?? 2;
  return lines(inlines, style).flatMap((line): Step[] => {
    if (line.length === 0) {
      const draw = () => {
        useFont(doc, { style: 'regular', script: 'latin' });
        doc.fontSize(style.size);
        doc.y += doc.currentLineHeight(true) + gap;
      };
      return [{ link: null, text: '', draw }];
    }
    return line.map((piece, index) => ({
      link: piece.link,
      text: piece.text,
      draw: () => {
        useFont(doc, piece.font);
        doc.fontSize(style.size).fillColor(piece.color);
        const options: PDFKit.Mixins.TextOptions = {
          width: box.width,
          continued: index < line.length - 1,
          lineGap: gap,
          align: style.align ?? 'left',
          underline: piece.underline,
          strike: piece.strike,
          link: piece.link,
        };
        if (index === 0) doc.text(piece.text, box.x, doc.y, options);
        else doc.text(piece.text, options);
      },
    }));
  });
}

/** Writes one paragraph of runs into `box`, starting at the current y (see `steps`). */
export function writeInlines(
  doc: PDFKit.PDFDocument,
  inlines: readonly Inline[],
  box: Box,
  style: TextStyle,
): void {
  for (const step of steps(doc, inlines, box, style)) step.draw();
}

/**
 * The content of a tagged paragraph: its text, with each link in a Link element of its own that
 * owns the link's annotations and describes it by its text (PDF/UA 7.18.5). Written when the
 * paragraph is added to an attached parent.
 */
export function inlineContent(
  doc: PDFKit.PDFDocument,
  inlines: readonly Inline[],
  box: Box,
  style: TextStyle,
): PDFKit.PDFStructureElementChild[] {
  const groups: Step[][] = [];
  for (const step of steps(doc, inlines, box, style)) {
    const last = groups[groups.length - 1];
    if (last?.[0] && last[0].link === step.link) last.push(step);
    else groups.push([step]);
  }
  return groups.map((group) => {
    const draw = () => group.forEach((step) => step.draw());
    const link = group[0]?.link ?? null;
    if (link === null) return draw;
    return linkElement(doc, group.map((step) => step.text).join(''), draw);
  });
}

/** Plain text in one style, e.g. a heading, a table cell or code; "\n" breaks the line. */
export function writeText(doc: PDFKit.PDFDocument, text: string, box: Box, style: TextStyle): void {
  const inlines = text.split('\n').flatMap((line, index): Inline[] => [
    ...(index > 0 ? [{ type: 'break' } as const] : []),
    {
      type: 'text',
      text: line,
      bold: false,
      italic: false,
      underline: false,
      strike: false,
      code: false,
      href: null,
    },
  ]);
  writeInlines(doc, inlines, box, style);
}

/** The height `text` takes in `box`, measured in the latin face: close enough to plan page breaks. */
export function textHeight(
  doc: PDFKit.PDFDocument,
  text: string,
  box: Box,
  style: TextStyle,
): number {
  const face = fontStyle(style.bold ?? false, style.italic ?? false);
  useFont(doc, { style: face, script: 'latin' });
  doc.fontSize(style.size);
  return doc.heightOfString(text, { width: box.width, lineGap: style.lineGap ?? 2 });
}
