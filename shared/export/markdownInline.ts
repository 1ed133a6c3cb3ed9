import type { RichMark, RichNode } from '../plan/richText';
import { codeSpan, escapeInline, escapeLineStart, linkDestination } from './markdownEscape';

/** A mark Markdown can express with delimiters around the text. */
interface Delimited {
  key: string;
  open: string;
  close: string;
}

type Piece = { kind: 'text'; text: string; code: boolean; marks: Delimited[] } | { kind: 'break' };

// Underline has no Markdown syntax and unknown marks have no meaning here: their text stays plain.
function delimited(mark: RichMark): Delimited | null {
  switch (mark.type) {
    case 'bold':
      return { key: 'bold', open: '**', close: '**' };
    case 'italic':
      return { key: 'italic', open: '_', close: '_' };
    case 'strike':
      return { key: 'strike', open: '~~', close: '~~' };
    case 'link': {
      const href = linkDestination(mark.attrs?.href);
      return href === null ? null : { key: `link ${href}`, open: '[', close: `](${href})` };
    }
    default:
      return null;
  }
}

const sameMarks = (a: Delimited[], b: Delimited[]): boolean =>
  a.length === b.length && a.every((mark) => b.some((other) => other.key === mark.key));

function toPieces(nodes: readonly RichNode[], out: Piece[] = []): Piece[] {
  for (const node of nodes) {
    if (node.type === 'hardBreak') out.push({ kind: 'break' });
    else if (node.type === 'text') {
      const marks = node.marks ?? [];
      const piece: Piece = {
        kind: 'text',
        // A newline inside a run would start a new Markdown line that nothing has escaped.
        text: (node.text ?? '').replace(/\r?\n/g, ' '),
        code: marks.some((mark) => mark.type === 'code'),
        marks: marks.map(delimited).filter((mark): mark is Delimited => mark !== null),
      };
      // Two code spans side by side would read as one broken span: `a``b`.
      const last = out[out.length - 1];
      if (last?.kind === 'text' && last.code && piece.code && sameMarks(last.marks, piece.marks)) {
        last.text += piece.text;
      } else out.push(piece);
    } else toPieces(node.content ?? [], out);
  }
  return out;
}

/** How many pieces from `start` on carry `key`: longer-lived marks are opened outermost. */
function reach(pieces: readonly Piece[], start: number, key: string): number {
  const end = pieces.findIndex(
    (piece, index) =>
      index >= start && (piece.kind !== 'text' || !piece.marks.some((mark) => mark.key === key)),
  );
  return (end === -1 ? pieces.length : end) - start;
}

/**
 * Renders inline content as one Markdown paragraph. Marks are kept open across runs that share
 * them, so `**a _b_**` does not become `**a **_**b**_`; whitespace at a mark's edge is moved
 * outside the delimiters, where CommonMark requires it. `hardBreak` is what a hard break
 * becomes: a backslash line break in paragraphs, a space in headings.
 */
export function renderInline(nodes: readonly RichNode[], hardBreak = '\\\n'): string {
  const pieces = toPieces(nodes);
  const active: Delimited[] = [];
  let out = '';
  let lineStart = true;
  // Breaks are written only between text: a backslash at a paragraph's edge would show as is.
  let pendingBreaks = 0;

  const closeFrom = (keep: number): void => {
    if (active.length <= keep) return;
    const trailing = /\s*$/.exec(out)?.[0] ?? '';
    out = out.slice(0, out.length - trailing.length);
    while (active.length > keep) out += active.pop()?.close ?? '';
    out += trailing;
  };

  pieces.forEach((piece, index) => {
    if (piece.kind === 'break') {
      closeFrom(0);
      if (out !== '') pendingBreaks++;
      lineStart = out === '' || hardBreak.endsWith('\n');
      return;
    }
    let keep = 0;
    while (piece.marks.some((mark) => mark.key === active[keep]?.key)) keep++;
    closeFrom(keep);

    let text = lineStart ? piece.text.trimStart() : piece.text;
    if (text === '') return;
    out += hardBreak.repeat(pendingBreaks);
    pendingBreaks = 0;
    const opening = piece.marks
      .filter((mark) => !active.some((open) => open.key === mark.key))
      .map((mark) => ({ mark, reach: reach(pieces, index, mark.key) }))
      .sort((a, b) => b.reach - a.reach)
      .map(({ mark }) => mark);
    if (opening.length > 0) {
      const leading = /^\s*/.exec(text)?.[0] ?? '';
      out += leading;
      text = text.slice(leading.length);
      // Whitespace alone cannot carry emphasis; later pieces open the marks they need.
      if (text === '') return;
      for (const mark of opening) {
        out += mark.open;
        active.push(mark);
      }
    }
    // Only bare text can start a block; behind a delimiter the line starts with that.
    const atLineStart = lineStart && opening.length === 0;
    if (piece.code) out += codeSpan(text);
    else out += atLineStart ? escapeLineStart(escapeInline(text)) : escapeInline(text);
    lineStart = false;
  });
  closeFrom(0);
  return out.trimEnd();
}
