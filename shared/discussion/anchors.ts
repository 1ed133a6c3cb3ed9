/* eslint-disable @typescript-eslint/no-explicit-any -- Yjs types are generic over their events; walking parents needs the common base */
import * as Y from 'yjs';
import { fromBase64, toBase64 } from 'lib0/buffer';

/**
 * Anchors are Yjs relative positions into a section's rich text (a Y.XmlFragment of
 * paragraphs, lists…, whose text sits in Y.XmlText nodes). They follow their text under
 * concurrent edits; this module turns them back into places in the current text, on the server
 * (checking and accepting), in exports and in tests. The editor uses y-tiptap's own
 * `relativePositionToAbsolutePosition` for ProseMirror positions.
 */

export function encodePosition(position: Y.RelativePosition): string {
  return toBase64(Y.encodeRelativePosition(position));
}

/** Null for anything that is not an encoded relative position. */
export function decodePosition(encoded: string): Y.RelativePosition | null {
  try {
    const position = Y.decodeRelativePosition(fromBase64(encoded));
    return position.item || position.type || position.tname ? position : null;
  } catch {
    return null;
  }
}

/** Whether `type` sits inside `fragment` with nothing on the way deleted. */
export function isLiveInside(type: Y.AbstractType<any>, fragment: Y.XmlFragment): boolean {
  let current: Y.AbstractType<any> | null = type;
  while (current && current !== fragment) {
    const item: Y.Item | null = current._item;
    if (!item || item.deleted) return false;
    current = item.parent instanceof Y.AbstractType ? item.parent : null;
  }
  return current === fragment && !(fragment._item?.deleted ?? false);
}

/** A place in a section's text: a text node and an offset in it (what accepting an insertion needs). */
export interface TextPoint {
  /** A Y.XmlText, or an empty element (an empty paragraph has no text node yet). */
  type: Y.XmlText | Y.XmlElement;
  index: number;
}

/** Where `encoded` points now, if inside the fragment and not deleted; null otherwise. */
export function resolvePoint(plan: Y.Doc, fragment: Y.XmlFragment, encoded: string): TextPoint | null {
  const relative = decodePosition(encoded);
  if (!relative) return null;
  const absolute = Y.createAbsolutePositionFromRelativePosition(relative, plan);
  if (!absolute) return null;
  const type = absolute.type;
  if (!(type instanceof Y.XmlText || type instanceof Y.XmlElement)) return null;
  if (!isLiveInside(type, fragment)) return null;
  // An element is only a text place while it holds no children (an empty paragraph).
  if (type instanceof Y.XmlElement && type.length > 0) return null;
  return { type, index: absolute.index };
}

/** The characters of a text node, marks dropped (embeds, which y-prosemirror never writes, too). */
export function plainTextOf(text: Y.XmlText): string {
  let out = '';
  for (const op of text.toDelta() as { insert?: unknown }[]) {
    if (typeof op.insert === 'string') out += op.insert;
  }
  return out;
}

/** Every text node of a fragment in document order (the order the editor and exports show). */
export function textNodesOf(fragment: Y.XmlFragment | Y.XmlElement): Y.XmlText[] {
  const nodes: Y.XmlText[] = [];
  for (const child of fragment.toArray()) {
    if (child instanceof Y.XmlText) nodes.push(child);
    else if (child instanceof Y.XmlElement) nodes.push(...textNodesOf(child));
  }
  return nodes;
}

/** A range as text node indexes (in `textNodesOf` order) and offsets: for exports and ordering. */
export interface LinearRange {
  from: { node: number; offset: number };
  to: { node: number; offset: number };
}

/**
 * Where a range of two encoded positions lies in the fragment now. Null when either end is
 * gone (its paragraph deleted), or when the ends are out of order. A range whose text was all
 * deleted, even across paragraphs, resolves to an empty range (from equals to): the caller calls
 * it detached.
 */
export function resolveRange(plan: Y.Doc, fragment: Y.XmlFragment, start: string, end: string): LinearRange | null {
  const from = resolvePoint(plan, fragment, start);
  const to = resolvePoint(plan, fragment, end);
  if (!from || !to) return null;
  const nodes = textNodesOf(fragment);
  const locate = (point: TextPoint): { node: number; offset: number } | null => {
    if (point.type instanceof Y.XmlText) {
      const node = nodes.indexOf(point.type);
      return node < 0 ? null : { node, offset: point.index };
    }
    // An empty paragraph: the next text node (or the end) at offset 0.
    const after = nodes.findIndex((text) => precedes(point.type, text));
    return after < 0 ? { node: nodes.length, offset: 0 } : { node: after, offset: 0 };
  };
  const a = locate(from);
  const b = locate(to);
  if (!a || !b) return null;
  if (a.node > b.node || (a.node === b.node && a.offset > b.offset)) return null;
  // Across paragraphs whose characters were all deleted only a paragraph break is left between
  // the ends: that is no text to point at, so it is empty (detached) like a range in one paragraph.
  return holdsCharacters(nodes, a, b) ? { from: a, to: b } : { from: a, to: a };
}

function holdsCharacters(nodes: readonly Y.XmlText[], from: LinearRange['from'], to: LinearRange['to']): boolean {
  for (let node = from.node; node <= to.node && node < nodes.length; node++) {
    const start = node === from.node ? from.offset : 0;
    const end = node === to.node ? to.offset : nodes[node]!.length;
    if (end > start) return true;
  }
  return false;
}

/** Whether element `a` comes before text `b` in document order. */
function precedes(a: Y.AbstractType<any>, b: Y.AbstractType<any>): boolean {
  const path = (type: Y.AbstractType<any>): Y.AbstractType<any>[] => {
    const chain: Y.AbstractType<any>[] = [];
    for (let t: Y.AbstractType<any> | null = type; t; t = t._item?.parent instanceof Y.AbstractType ? t._item.parent : null) chain.unshift(t);
    return chain;
  };
  const pa = path(a);
  const pb = path(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  if (i >= pa.length || i >= pb.length) return i >= pa.length;
  const parent = pa[i - 1] as Y.XmlFragment | undefined;
  if (!parent) return false;
  const children = parent.toArray() as unknown[];
  return children.indexOf(pa[i]) < children.indexOf(pb[i]);
}

/** The plain text of a linear range; paragraphs (text nodes) joined by a line break. */
export function rangeText(fragment: Y.XmlFragment, range: LinearRange): string {
  const nodes = textNodesOf(fragment);
  const parts: string[] = [];
  for (let node = range.from.node; node <= range.to.node && node < nodes.length; node++) {
    const text = plainTextOf(nodes[node]!);
    const start = node === range.from.node ? range.from.offset : 0;
    const end = node === range.to.node ? range.to.offset : text.length;
    parts.push(text.slice(start, end));
  }
  return parts.join('\n');
}

export function isEmptyRange(range: LinearRange): boolean {
  return range.from.node === range.to.node && range.from.offset === range.to.offset;
}
