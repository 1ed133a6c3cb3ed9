import * as Y from 'yjs';
import type { RichMark, RichNode } from '../plan/richText';

/**
 * Marks only exports add to rich text, never stored in a plan: which open threads a stretch of
 * text is commented by, and which open suggestion deletes it or (on text that is not in the plan
 * yet) inserts it. Every renderer then maps marks, as it does bold or links.
 */
export const AnnotationMarks = {
  comments: 'commentRange',
  deletion: 'suggestedDeletion',
  insertion: 'suggestedInsertion',
} as const;

/** `commentRange` attrs: the ids of the threads, oldest first. */
export interface CommentMarkAttrs {
  ids: string[];
}

/** `suggestedDeletion` / `suggestedInsertion` attrs: who suggested it, and when (ms). */
export interface SuggestionMarkAttrs {
  id: string;
  author: string;
  at: number;
}

/** A stretch of one text node, in Yjs indexes (an embed counts one). */
export interface Span {
  start: number;
  /** Infinity when the range runs on into the next text node. */
  end: number;
}

export interface Insertion {
  attrs: SuggestionMarkAttrs;
  text: string;
  /** Comment ranges the insertion point lies strictly inside. */
  comments: string[];
}

/** What to mark in one text node. */
export interface NodeMarks {
  comments: { id: string; span: Span }[];
  deletions: { attrs: SuggestionMarkAttrs; span: Span }[];
  insertions: (Insertion & { offset: number })[];
}

/** The marks to add, by text node (its index in `textNodesOf` order). */
export interface TreeMarks {
  byNode: Map<number, NodeMarks>;
  /** Insertions into empty paragraphs, which have no text node yet. */
  intoEmpty: Map<Y.XmlElement, Insertion[]>;
}

/** The marks of one text node, made on first use. */
export function marksAt(marks: TreeMarks, node: number): NodeMarks {
  let found = marks.byNode.get(node);
  if (!found) {
    found = { comments: [], deletions: [], insertions: [] };
    marks.byNode.set(node, found);
  }
  return found;
}

interface Walk extends TreeMarks {
  next: number;
}

function withMarks(text: string, marks: RichMark[]): RichNode {
  return marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text };
}

function insertionNode(insertion: Insertion, inherited: readonly RichMark[]): RichNode {
  const marks = [...inherited];
  if (insertion.comments.length > 0) marks.push({ type: AnnotationMarks.comments, attrs: { ids: insertion.comments } });
  marks.push({ type: AnnotationMarks.insertion, attrs: { ...insertion.attrs } });
  return withMarks(insertion.text, marks);
}

/**
 * One text node's runs, split where a mark starts or ends. `nodes` are what `fragmentToJson` made
 * of it: one per non-empty string in its delta, so they pair up with the delta in order.
 */
function annotateText(text: Y.XmlText, nodes: readonly RichNode[], walk: Walk): RichNode[] {
  const marks = walk.byNode.get(walk.next++);
  if (!marks) return [...nodes];
  const segments: { start: number; end: number; node: RichNode }[] = [];
  let offset = 0;
  let k = 0;
  for (const op of text.toDelta() as { insert?: unknown }[]) {
    if (typeof op.insert !== 'string') {
      // Offsets are Yjs indexes, where an embed counts one; exports never show embeds.
      offset += 1;
      continue;
    }
    const node = nodes[k];
    if (op.insert !== '' && node) {
      segments.push({ start: offset, end: offset + op.insert.length, node });
      k++;
    }
    offset += op.insert.length;
  }
  const cuts = new Set<number>();
  for (const { span } of [...marks.comments, ...marks.deletions]) cuts.add(span.start).add(span.end);
  for (const insertion of marks.insertions) cuts.add(insertion.offset);
  const pending = [...marks.insertions].sort((a, b) => a.offset - b.offset);
  const out: RichNode[] = [];
  const emitUpTo = (at: number): void => {
    while (pending.length > 0 && pending[0]!.offset <= at) {
      const insertion = pending.shift()!;
      const before = segments.find((s) => s.start <= insertion.offset - 1 && insertion.offset - 1 < s.end);
      // The inserted text takes the formatting before it, as accepting it would give it.
      out.push(insertionNode(insertion, before?.node.marks ?? []));
    }
  };
  for (const segment of segments) {
    const points = [segment.start, ...[...cuts].filter((c) => c > segment.start && c < segment.end).sort((a, b) => a - b), segment.end];
    const source = segment.node.text ?? '';
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i]!;
      const to = points[i + 1]!;
      emitUpTo(from);
      const pieceMarks = [...(segment.node.marks ?? [])];
      const ids = marks.comments.filter(({ span }) => span.start <= from && to <= span.end).map(({ id }) => id);
      if (ids.length > 0) pieceMarks.push({ type: AnnotationMarks.comments, attrs: { ids } });
      const deletion = marks.deletions.find(({ span }) => span.start <= from && to <= span.end);
      if (deletion) pieceMarks.push({ type: AnnotationMarks.deletion, attrs: { ...deletion.attrs } });
      out.push(withMarks(source.slice(from - segment.start, to - segment.start), pieceMarks));
    }
  }
  emitUpTo(Infinity);
  return out;
}

function annotateChildren(parent: Y.XmlFragment | Y.XmlElement, json: readonly RichNode[], walk: Walk, topLevel: boolean): RichNode[] {
  const out: RichNode[] = [];
  let j = 0;
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlElement) {
      const node = json[j++];
      if (node) out.push(annotateElement(child, node, walk));
    } else if (child instanceof Y.XmlText) {
      const count = (child.toDelta() as { insert?: unknown }[]).filter((op) => typeof op.insert === 'string' && op.insert !== '').length;
      if (!topLevel) {
        out.push(...annotateText(child, json.slice(j, j + count), walk));
        j += count;
        continue;
      }
      // fragmentToJson wraps stray top-level text in a paragraph, when it has any.
      const paragraph = count > 0 ? json[j++] : undefined;
      const content = annotateText(child, paragraph?.content ?? [], walk);
      if (content.length > 0) out.push({ ...(paragraph ?? { type: 'paragraph' }), content });
    }
  }
  return out;
}

function annotateElement(element: Y.XmlElement, node: RichNode, walk: Walk): RichNode {
  const inserted = element.length === 0 ? (walk.intoEmpty.get(element) ?? []) : [];
  const content =
    inserted.length > 0
      ? inserted.map((insertion) => insertionNode(insertion, []))
      : annotateChildren(element, node.content ?? [], walk, false);
  const rest: RichNode = { ...node };
  delete rest.content;
  return content.length > 0 ? { ...rest, content } : rest;
}

function textNodes(blocks: readonly RichNode[], out: RichNode[] = []): RichNode[] {
  for (const node of blocks) {
    if (node.type === 'text') out.push(node);
    else textNodes(node.content ?? [], out);
  }
  return out;
}

const isAnnotation = (mark: RichMark): boolean => (Object.values(AnnotationMarks) as string[]).includes(mark.type);

/**
 * Sanitizing drops marks the editor does not know, ours too; it keeps every text node, in order
 * (unknown nodes are unwrapped, never emptied), so the marks are carried over node by node.
 * Should that ever not hold, the text is shown without them rather than with them misplaced.
 */
export function carryAnnotations(annotated: readonly RichNode[], sanitized: RichNode[]): RichNode[] {
  const from = textNodes(annotated);
  const to = textNodes(sanitized);
  if (from.length !== to.length || from.some((node, i) => node.text !== to[i]!.text)) return sanitized;
  to.forEach((node, i) => {
    const kept = (from[i]!.marks ?? []).filter(isAnnotation);
    if (kept.length > 0) node.marks = [...(node.marks ?? []), ...kept];
  });
  return sanitized;
}

/**
 * The blocks `fragmentToJson` read from `fragment` (`json`), with `marks` added: text runs are
 * split where a mark starts or ends, and suggested insertions become runs of their own. Walks
 * the fragment beside its JSON, text nodes in `textNodesOf` order, so offsets are Yjs indexes.
 */
export function markTree(fragment: Y.XmlFragment, json: readonly RichNode[], marks: TreeMarks): RichNode[] {
  return annotateChildren(fragment, json, { ...marks, next: 0 }, true);
}
