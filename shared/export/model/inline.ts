import type { RichMark, RichNode } from '../../plan/richText';
import { linkDestination } from '../markdownEscape';
import { cleanText } from './text';
import type { Inline, TextRun } from './types';

const safeScheme = /^(https?|mailto|tel):/i;

/**
 * A link target every renderer may use as it is: http, https, mailto or tel only. Relative and
 * scheme-less targets are dropped too, since a standalone file has no base to resolve them from.
 */
export function safeHref(href: unknown): string | null {
  const destination = linkDestination(href);
  return destination !== null && safeScheme.test(destination) ? destination : null;
}

function hasMark(marks: readonly RichMark[], type: string): boolean {
  return marks.some((mark) => mark.type === type);
}

function textRun(text: string, marks: readonly RichMark[]): TextRun {
  const link = marks.find((mark) => mark.type === 'link');
  return {
    type: 'text',
    text,
    bold: hasMark(marks, 'bold'),
    italic: hasMark(marks, 'italic'),
    underline: hasMark(marks, 'underline'),
    strike: hasMark(marks, 'strike'),
    code: hasMark(marks, 'code'),
    href: link ? safeHref(link.attrs?.href) : null,
  };
}

function collect(nodes: readonly RichNode[], out: Inline[]): Inline[] {
  for (const node of nodes) {
    if (node.type === 'hardBreak') out.push({ type: 'break' });
    else if (node.type === 'text') {
      // A newline typed into a run is a line break on paper, as in the editor.
      cleanText(node.text ?? '')
        .split('\n')
        .forEach((line, index) => {
          if (index > 0) out.push({ type: 'break' });
          if (line !== '') out.push(textRun(line, node.marks ?? []));
        });
    } else collect(node.content ?? [], out);
  }
  return out;
}

/** The inline content of a text block as runs; nested inline nodes are flattened. */
export function toInlines(nodes: readonly RichNode[]): Inline[] {
  const inlines = collect(nodes, []);
  // Trailing breaks only add empty lines at the end of a paragraph.
  while (inlines[inlines.length - 1]?.type === 'break') inlines.pop();
  return inlines;
}

/** Inline content as plain text on one line, for headings. */
export function inlineText(nodes: readonly RichNode[]): string {
  return toInlines(nodes)
    .map((inline) => (inline.type === 'text' ? inline.text : ' '))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
