import { isSafeHref } from '../text/safeLink';

/**
 * Escaping for text typed by people, so that it reads back as the same text and can never add
 * structure (headings, lists, links) or raw HTML to an exported plan.
 */

/** Characters that can start or end inline syntax anywhere on a line (CommonMark + GFM). */
const inlineSpecial = /[\\`*_[\]<>~|]/g;
/** `&amp;` and friends would otherwise be decoded to the character they name. */
const entity = /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[a-zA-Z][a-zA-Z0-9]{1,31};)/g;

export function escapeInline(text: string): string {
  return text.replace(inlineSpecial, '\\$&').replace(entity, '\\&');
}

/**
 * Escapes what would open a block at the start of a line: ATX heading, bullet, ordered-list
 * marker, setext underline or thematic break. `*`, `_`, `>`, `` ` ``, `~` and `<` are escaped
 * everywhere by `escapeInline` already. Apply to escaped text that begins a line, with its
 * leading whitespace removed (four spaces would make an indented code block).
 */
export function escapeLineStart(escaped: string): string {
  return escaped
    .replace(/^#/, '\\#')
    .replace(/^([-+])(?=[\s-]|$)/, '\\$1')
    .replace(/^=/, '\\=')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** A closing run of `#` would be taken as the end of the heading and dropped. */
export function escapeHeadingEnd(escaped: string): string {
  return escaped.replace(/(^|[^\\])(#+\s*)$/, '$1\\$2');
}

/** Text as heading content: one line, inline syntax escaped. */
export function headingText(text: string): string {
  return escapeHeadingEnd(escapeInline(text.replace(/\s+/g, ' ').trim()));
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let current = 0;
  for (const c of text) {
    current = c === char ? current + 1 : 0;
    longest = Math.max(longest, current);
  }
  return longest;
}

/** A code span whose delimiter is longer than any backtick run inside it. */
export function codeSpan(text: string): string {
  const body = text.replace(/\r?\n/g, ' ');
  const fence = '`'.repeat(longestRun(body, '`') + 1);
  // CommonMark strips one space from each side when both are present, so pad to keep them.
  const pad = /^[` ]|[` ]$/.test(body) && body.trim() !== '' ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** A fenced code block whose fence cannot be closed by the code inside it. */
export function codeFence(text: string, language: unknown): string {
  const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
  const info = typeof language === 'string' ? language.replace(/[^\w+#.-]/g, '') : '';
  return `${fence}${info}\n${text === '' ? '' : `${text}\n`}${fence}`;
}

function percentEncode(char: string): string {
  const code = char.charCodeAt(0);
  return code < 0x80
    ? `%${code.toString(16).toUpperCase().padStart(2, '0')}`
    : encodeURIComponent(char);
}

/**
 * A link destination every export may use as it is, or null: only absolute http, https and
 * mailto URLs pass (`safeHref`, shared/text/safeLink.ts, the editor's own rule), so no
 * javascript:, data: or relative target (a standalone file has no base to resolve it from).
 * The target is kept as typed, with characters that would end or break a destination
 * percent-encoded.
 */
export function linkDestination(href: unknown): string | null {
  if (typeof href !== 'string' || !isSafeHref(href)) return null;
  return href.trim().replace(/[\s()<>\\"'`[\]]/g, percentEncode);
}
