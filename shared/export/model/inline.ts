import type { RichMark, RichNode } from '../../plan/richText';
import { linkDestination } from '../markdownEscape';
import { commentIdsOf, suggestionOf } from './annotations';
import { cleanText } from './text';
import type { Inline, TextRun } from './types';

function hasMark(marks: readonly RichMark[], type: string): boolean {
  return marks.some((mark) => mark.type === type);
}

function textRun(text: string, marks: readonly RichMark[]): TextRun {
  const link = marks.find((mark) => mark.type === 'link');
  const run: TextRun = {
    type: 'text',
    text,
    bold: hasMark(marks, 'bold'),
    italic: hasMark(marks, 'italic'),
    underline: hasMark(marks, 'underline'),
    strike: hasMark(marks, 'strike'),
    code: hasMark(marks, 'code'),
    // Absolute http, https or mailto only (safeHref, shared/text/safeLink.ts), made safe to embed.
    href: link ? linkDestination(link.attrs?.href) : null,
  };
  // Only exports that asked for the discussion have these marks: the others keep their shape.
  const comments = commentIdsOf(marks);
  if (comments.length > 0) run.comments = comments;
  const suggestion = suggestionOf(marks);
  if (suggestion) run.suggestion = suggestion;
  return run;
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

/**
 * Inline content as plain text on one line, for headings. A heading has no runs to mark, so a
 * suggested insertion is left out: the heading reads as the plan does until it is accepted.
 */
export function inlineText(nodes: readonly RichNode[]): string {
  return toInlines(nodes)
    .filter((inline) => inline.type !== 'text' || inline.suggestion?.kind !== 'insert')
    .map((inline) => (inline.type === 'text' ? inline.text : ' '))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
