import { cleanText } from '../model/text';

/** How much of an input the summary quotes: enough to hear the voice, short enough to read 500. */
export const QUOTE_MAX_CHARS = 600;

const ellipsis = '…';

/** Typed text as paragraphs: printable, each line one paragraph, spaces collapsed, empty left out. */
export function paragraphsOf(text: string): string[] {
  return cleanText(text)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

/**
 * The start of `text` as paragraphs of at most `max` characters in all (counted as code points,
 * so no letter is cut in two), ending with «…» when something was left out. A cut falls after
 * a whole word when there is one in the last fifth, else mid-word, never mid-surrogate.
 */
export function shortQuote(text: string, max: number = QUOTE_MAX_CHARS): string[] {
  const quoted: string[] = [];
  let left = max;
  const paragraphs = paragraphsOf(text);
  for (const [index, paragraph] of paragraphs.entries()) {
    const chars = Array.from(paragraph);
    // Text that follows needs room for the ellipsis at least.
    const last = index === paragraphs.length - 1;
    if (chars.length < left || (last && chars.length === left)) {
      quoted.push(paragraph);
      left -= chars.length;
      continue;
    }
    // One character of the budget goes to the ellipsis.
    const room = Math.max(0, left - 1);
    const head = chars.slice(0, room).join('');
    const space = head.lastIndexOf(' ');
    const cut = space >= room * 0.8 ? head.slice(0, space) : head;
    const kept = cut.trimEnd();
    if (kept !== '') quoted.push(kept);
    return withEllipsis(quoted);
  }
  return quoted;
}

function withEllipsis(paragraphs: string[]): string[] {
  const last = paragraphs.pop();
  return [...paragraphs, `${last ?? ''}${ellipsis}`];
}
