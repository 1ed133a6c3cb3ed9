/**
 * The little of fontkit (pdfkit's own font engine, installed with it) that the PDF export uses to
 * ask which font file has a glyph for a character. fontkit ships no types of its own.
 */
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Buffer): Font;
}
