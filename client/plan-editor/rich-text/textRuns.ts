import type { Node } from '@tiptap/pm/model';

/** A stretch of the ProseMirror document, from and to as positions. */
export interface Span {
  from: number;
  to: number;
}

/** Stands for an inline leaf (a hard break) so text offsets and positions stay one to one. */
export const LEAF = '\uFFFC';

/**
 * The parts of `from`–`to` that are text, one per run of characters between block and inline
 * node boundaries. Each run is one Y.XmlText in the plan document, the unit a suggestion may
 * not cross.
 */
export function textRunsBetween(doc: Node, from: number, to: number): Span[] {
  const spans: Span[] = [];
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isTextblock) return true;
    let runStart: number | null = null;
    let offset = pos + 1;
    const close = (end: number) => {
      if (runStart === null) return;
      const a = Math.max(runStart, from);
      const b = Math.min(end, to);
      if (a < b) spans.push({ from: a, to: b });
      runStart = null;
    };
    node.forEach((child) => {
      if (child.isText) runStart ??= offset;
      else close(offset);
      offset += child.nodeSize;
    });
    close(offset);
    return false;
  });
  return spans;
}

/** The text block around a caret: where its content starts, and its text (leaves as LEAF). */
export interface TextBlock {
  start: number;
  text: string;
}

export function textBlockAt(doc: Node, pos: number): TextBlock | null {
  const $pos = doc.resolve(pos);
  if (!$pos.parent.isTextblock) return null;
  return { start: $pos.start(), text: $pos.parent.textBetween(0, $pos.parent.content.size, undefined, LEAF) };
}
