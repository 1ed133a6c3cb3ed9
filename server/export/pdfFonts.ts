/// <reference types="pdfkit" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkit';
import { woffToSfnt } from './woffToSfnt';

/**
 * Inter, from the @fontsource package the web client already bundles, embedded in every PDF.
 * @fontsource splits each style into files by script (latin, latin-ext, …): æ ø å are in
 * "latin", Sami č đ ŋ š ŧ ž in "latin-ext". pdfkit sets a run in one font, so text is cut into
 * segments, each set in the first file that has glyphs for it. WOFF (1), not WOFF2: fontkit
 * 2.0.4 cannot subset WOFF2's transformed glyph table (it throws on composite glyphs such as å).
 */

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

const styleFiles: Record<FontStyle, string> = {
  regular: '400-normal',
  bold: '700-normal',
  italic: '400-italic',
  boldItalic: '700-italic',
};

/** Most likely first: almost all text is in "latin", so most runs are one segment. */
const scripts = [
  'latin',
  'latin-ext',
  'cyrillic',
  'cyrillic-ext',
  'greek',
  'greek-ext',
  'vietnamese',
] as const;
type Script = (typeof scripts)[number];

/** Set in place of a character no file has: PDF/A-2 forbids showing the .notdef glyph. */
const replacement = '?';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('@fontsource/inter/package.json')), 'files');

/** One font file: a style of Inter for one script. */
export interface FontRef {
  style: FontStyle;
  script: Script;
}

/** The name a font is registered under in a document, e.g. "inter-latin-ext-bold". */
function fontName(font: FontRef): string {
  return `inter-${font.script}-${font.style}`;
}

function fontFile(style: FontStyle, script: Script): string {
  return join(fontDir, `inter-${script}-${styleFiles[style]}.woff`);
}

interface Loaded {
  data: Buffer;
  font: Font;
}

/** Unwrapped once per process; null for a file a future @fontsource release leaves out. */
const loaded = new Map<string, Loaded | null>();

function load(style: FontStyle, script: Script): Loaded | null {
  const name = fontName({ style, script });
  let entry = loaded.get(name);
  if (entry === undefined) {
    try {
      const data = woffToSfnt(readFileSync(fontFile(style, script)));
      entry = { data, font: create(data) };
    } catch {
      entry = null;
    }
    loaded.set(name, entry);
  }
  return entry;
}

const coverage = new Map<FontStyle, Map<number, number>>();

/** Index of the first script whose file has a glyph for the character, or -1; cached. */
function scriptIndex(style: FontStyle, codePoint: number): number {
  let known = coverage.get(style);
  if (!known) {
    known = new Map<number, number>();
    coverage.set(style, known);
  }
  let index = known.get(codePoint);
  if (index === undefined) {
    index = scripts.findIndex(
      (script) => load(style, script)?.font.hasGlyphForCodePoint(codePoint) ?? false,
    );
    known.set(codePoint, index);
  }
  return index;
}

export interface Segment {
  font: FontRef;
  text: string;
}

/**
 * Text cut into runs that one font file can set. Spaces and line breaks stay with the run they
 * are in, so wrapping is not disturbed by a change of file.
 */
export function segments(text: string, style: FontStyle): Segment[] {
  const out: Segment[] = [];
  let current = -1;
  for (const char of text) {
    let index =
      char === '\n' || char === ' '
        ? Math.max(current, 0)
        : scriptIndex(style, char.codePointAt(0) ?? 0);
    let shown = char;
    if (index === -1) {
      index = 0;
      shown = replacement;
    }
    const last = out[out.length - 1];
    if (last && index === current) last.text += shown;
    else out.push({ font: { style, script: scripts[index] ?? 'latin' }, text: shown });
    current = index;
  }
  return out;
}

const registered = new WeakMap<PDFKit.PDFDocument, Set<string>>();

/**
 * Makes `font` the current font of `doc`, registering it with the document on first use, so a
 * document embeds only the files its text needs.
 */
export function useFont(doc: PDFKit.PDFDocument, font: FontRef): void {
  const name = fontName(font);
  let names = registered.get(doc);
  if (!names) {
    names = new Set<string>();
    registered.set(doc, names);
  }
  if (!names.has(name)) {
    const data = load(font.style, font.script)?.data;
    if (!data) throw new Error(`no font file for ${name}`);
    doc.registerFont(name, data);
    names.add(name);
  }
  doc.font(name);
}
