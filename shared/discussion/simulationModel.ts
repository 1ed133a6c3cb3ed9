import * as Y from 'yjs';
import { fromBase64 } from 'lib0/buffer';
import { sectionFragment } from './sections';
import type { SectionRef, SuggestionRecord } from './types';
import { DiscussionErrorCode } from './errors';

/**
 * Test support for simulation.test.ts: where an anchor points and what accepting does, worked
 * out by walking Yjs items directly, so the test does not check anchors.ts and accept.ts
 * against themselves.
 */

/** The text runs of a section in document order, read without anchors.ts. */
export function textsOf(plan: Y.Doc, section: SectionRef): Y.XmlText[] {
  const fragment = sectionFragment(plan, section);
  if (!fragment) return [];
  return fragment
    .toArray()
    .flatMap((block) =>
      block instanceof Y.XmlElement
        ? block.toArray().filter((child) => child instanceof Y.XmlText)
        : [],
    );
}

export function plain(text: Y.XmlText): string {
  return (text.toDelta() as { insert?: unknown }[])
    .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
    .join('');
}

export interface ModelPoint {
  node: number;
  offset: number;
}

/**
 * Where an encoded position points in `texts`: 'unknown' when the document has not seen the
 * character (or paragraph) it names, null when that paragraph is no longer in the section. A
 * deleted character's place is where it was: after the live characters before it.
 */
export function modelPoint(
  doc: Y.Doc,
  texts: readonly Y.XmlText[],
  encoded: string,
): ModelPoint | 'unknown' | null {
  const relative = Y.decodeRelativePosition(fromBase64(encoded));
  const id = relative.item ?? relative.type;
  if (!id) return null;
  if (Y.getState(doc.store, id.client) <= id.clock) return 'unknown';
  for (let node = 0; node < texts.length; node++) {
    const text = texts[node]!;
    if (relative.item === null) {
      if (text._item && Y.compareIDs(text._item.id, id))
        return { node, offset: relative.assoc < 0 ? 0 : text.length };
      continue;
    }
    let offset = 0;
    for (let item = text._start; item; item = item.right) {
      if (
        item.id.client === id.client &&
        item.id.clock <= id.clock &&
        id.clock < item.id.clock + item.length
      ) {
        return {
          node,
          offset: item.deleted
            ? offset
            : offset + id.clock - item.id.clock + (relative.assoc < 0 ? 1 : 0),
        };
      }
      if (!item.deleted && item.countable) offset += item.length;
    }
  }
  return null;
}

const isPoint = (point: ModelPoint | 'unknown' | null): point is ModelPoint =>
  point !== null && point !== 'unknown';

/** The text between two points, paragraphs joined by a line break; null when out of order. */
export function modelRangeText(
  texts: readonly Y.XmlText[],
  from: ModelPoint,
  to: ModelPoint,
): string | null {
  if (from.node > to.node || (from.node === to.node && from.offset > to.offset)) return null;
  const parts: string[] = [];
  for (let node = from.node; node <= to.node; node++) {
    const text = plain(texts[node]!);
    parts.push(
      text.slice(node === from.node ? from.offset : 0, node === to.node ? to.offset : text.length),
    );
  }
  return parts.join('\n');
}

/** What a range names now: 'unknown', 'gone' (a paragraph removed, or out of order), or its text. */
export function modelRange(
  doc: Y.Doc,
  section: SectionRef,
  start: string,
  end: string,
): { from: ModelPoint; to: ModelPoint; text: string } | 'unknown' | 'gone' {
  const texts = textsOf(doc, section);
  const from = modelPoint(doc, texts, start);
  const to = modelPoint(doc, texts, end);
  if (from === 'unknown' || to === 'unknown') return 'unknown';
  if (!isPoint(from) || !isPoint(to)) return 'gone';
  const text = modelRangeText(texts, from, to);
  return text === null ? 'gone' : { from, to, text };
}

export type ModelVerdict = { ok: true } | { ok: false; code: DiscussionErrorCode };

/** Whether the model would accept the suggestion on `doc` as it is; applies it when `apply`. */
export function modelAccept(
  doc: Y.Doc,
  suggestion: SuggestionRecord,
  apply: boolean,
): ModelVerdict {
  const lost = { ok: false, code: DiscussionErrorCode.AnchorLost } as const;
  const texts = textsOf(doc, suggestion.section);
  const { change } = suggestion;
  if (change.kind === 'insert') {
    const point = modelPoint(doc, texts, change.at);
    if (!isPoint(point)) return lost;
    if (apply) texts[point.node]!.insert(point.offset, change.text);
    return { ok: true };
  }
  const range = modelRange(doc, suggestion.section, change.start, change.end);
  if (typeof range === 'string' || range.text === '') return lost;
  if (range.from.node !== range.to.node || range.text !== change.quote)
    return { ok: false, code: DiscussionErrorCode.SuggestionOutdated };
  if (apply) texts[range.from.node]!.delete(range.from.offset, range.to.offset - range.from.offset);
  return { ok: true };
}

/** A copy of a document to replay a decision on, with a client id of its own. */
export function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  copy.clientID = 999;
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** The section's text, one string per paragraph: what convergence and accepting compare. */
export function paragraphsOf(doc: Y.Doc, section: SectionRef): string[] {
  return textsOf(doc, section).map(plain);
}
