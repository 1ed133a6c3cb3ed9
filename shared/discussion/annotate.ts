import * as Y from 'yjs';
import { fragmentToJson, type RichNode } from '../plan/richText';
import { checkRichText, sanitizeRichText } from '../plan/schema/richTextShape';
import { checkSuggestion } from './accept';
import { isEmptyRange, rangeText, resolvePoint, resolveRange, textNodesOf, type LinearRange } from './anchors';
import { carryAnnotations, markTree, marksAt, type Span, type SuggestionMarkAttrs, type TreeMarks } from './annotateTree';
import { sameSection, sectionFragment } from './sections';
import type { MessageRecord, Person, SectionRef, SuggestionRecord } from './types';
import type { DiscussionView } from './view';

export { AnnotationMarks, type CommentMarkAttrs, type SuggestionMarkAttrs } from './annotateTree';

/**
 * Where a thread shows: on its text (`range`), on its section as a whole (`section`: it never
 * had a range), or as a quote of text that is no longer there (`detached`).
 */
export type ThreadPlacement = 'range' | 'section' | 'detached';

export interface AnnotatedThread {
  id: string;
  section: SectionRef;
  author: Person;
  createdAt: number;
  /** Oldest first, deleted ones included (as markers without words). */
  messages: MessageRecord[];
  placement: ThreadPlacement;
  /** The text the thread is about: as it reads now (`range`), as it read when made (`detached`). */
  quote: string | null;
}

export interface AnnotateOptions {
  /** Mark the text each open thread is about. */
  comments: boolean;
  /** Mark open suggestions: deletions on their text, insertions as text of their own. */
  suggestions: boolean;
}

export interface AnnotatedSection {
  /** The section's rich text as `fragmentToJson` reads it, plus the marks asked for. */
  body: RichNode[];
  /** The open threads on the section: by place in the text, then section-wide, then detached. */
  threads: AnnotatedThread[];
  /** Open suggestions on the section, and how many of them still apply (those are marked). */
  openSuggestions: number;
  applicableSuggestions: number;
}

const suggestionAttrs = (s: SuggestionRecord): SuggestionMarkAttrs => ({ id: s.id, author: s.author.name, at: s.createdAt });

function spansOf(range: LinearRange): { node: number; span: Span }[] {
  const out: { node: number; span: Span }[] = [];
  for (let node = range.from.node; node <= range.to.node; node++) {
    const start = node === range.from.node ? range.from.offset : 0;
    const end = node === range.to.node ? range.to.offset : Infinity;
    if (end > start) out.push({ node, span: { start, end } });
  }
  return out;
}

/** Whether a point lies inside a range, not at either of its ends. */
function strictlyInside(range: LinearRange, node: number, offset: number): boolean {
  const afterStart = node > range.from.node || (node === range.from.node && offset > range.from.offset);
  const beforeEnd = node < range.to.node || (node === range.to.node && offset < range.to.offset);
  return afterStart && beforeEnd;
}

interface PlacedThread {
  thread: AnnotatedThread;
  range: LinearRange | null;
}

const placementOrder: Record<ThreadPlacement, number> = { range: 0, section: 1, detached: 2 };

function placeThreads(plan: Y.Doc, fragment: Y.XmlFragment, section: SectionRef, view: DiscussionView): PlacedThread[] {
  const placed = view.threads
    .filter((thread) => thread.resolved === null && sameSection(thread.anchor.section, section))
    .map((thread): PlacedThread => {
      const base = { id: thread.id, section, author: thread.author, createdAt: thread.createdAt, messages: thread.messages };
      const stored = thread.anchor.range;
      if (!stored) return { thread: { ...base, placement: 'section', quote: null }, range: null };
      const range = resolveRange(plan, fragment, stored.start, stored.end);
      if (!range || isEmptyRange(range)) return { thread: { ...base, placement: 'detached', quote: stored.quote }, range: null };
      return { thread: { ...base, placement: 'range', quote: rangeText(fragment, range) }, range };
    });
  const position = (p: PlacedThread) => (p.range ? [p.range.from.node, p.range.from.offset] : [0, 0]);
  // Stable: threads at the same place (or without one) keep their oldest-first order.
  return placed.sort((a, b) => {
    const byPlacement = placementOrder[a.thread.placement] - placementOrder[b.thread.placement];
    if (byPlacement !== 0) return byPlacement;
    const [an, ao] = position(a);
    const [bn, bo] = position(b);
    return an! - bn! || ao! - bo!;
  });
}

/** What to mark where: the threads' ranges, and the suggestions that still apply. */
function planMarks(plan: Y.Doc, fragment: Y.XmlFragment, threads: readonly PlacedThread[], suggestions: readonly SuggestionRecord[], options: AnnotateOptions): TreeMarks {
  const marks: TreeMarks = { byNode: new Map(), intoEmpty: new Map() };
  const ranged = threads.flatMap((p) => (p.range ? [{ id: p.thread.id, range: p.range }] : []));
  if (options.comments) {
    for (const { id, range } of ranged) for (const { node, span } of spansOf(range)) marksAt(marks, node).comments.push({ id, span });
  }
  if (!options.suggestions) return marks;
  const nodes = textNodesOf(fragment);
  for (const suggestion of suggestions) {
    const { change } = suggestion;
    const attrs = suggestionAttrs(suggestion);
    if (change.kind === 'delete') {
      const range = resolveRange(plan, fragment, change.start, change.end);
      for (const { node, span } of range ? spansOf(range) : []) marksAt(marks, node).deletions.push({ attrs, span });
      continue;
    }
    const point = resolvePoint(plan, fragment, change.at);
    if (!point) continue;
    if (point.type instanceof Y.XmlElement) {
      const list = marks.intoEmpty.get(point.type) ?? [];
      list.push({ attrs, text: change.text, comments: [] });
      marks.intoEmpty.set(point.type, list);
      continue;
    }
    const node = nodes.indexOf(point.type);
    if (node < 0) continue;
    const offset = Math.min(point.index, point.type.length);
    const comments = options.comments ? ranged.filter(({ range }) => strictlyInside(range, node, offset)).map(({ id }) => id) : [];
    marksAt(marks, node).insertions.push({ attrs, text: change.text, comments, offset });
  }
  return marks;
}

/**
 * A section's rich text with the open threads and suggestions on it as marks (see
 * `AnnotationMarks`), and its open threads placed. Suggestions that no longer apply (their text
 * changed or went) are left out, as accepting them would be refused. A section whose text does
 * not fit the editor's schema (an unsafe link, an unknown node) is sanitized as the plan
 * snapshot sanitizes it, marks kept. Null when the section does not exist (any more).
 */
export function annotateSection(plan: Y.Doc, section: SectionRef, view: DiscussionView, options: AnnotateOptions): AnnotatedSection | null {
  const fragment = sectionFragment(plan, section);
  if (!fragment) return null;
  let fits = true;
  checkRichText(fragment, '', () => {
    fits = false;
  });
  const placed = placeThreads(plan, fragment, section, view);
  const open = view.suggestions.filter((s) => s.status === 'open' && sameSection(s.section, section));
  // Oldest first, so of two overlapping deletions the older one marks the text.
  const applicable = open.filter((s) => checkSuggestion(plan, s).ok);
  const json = fragmentToJson(fragment);
  const annotated = options.comments || options.suggestions ? markTree(fragment, json, planMarks(plan, fragment, placed, applicable, options)) : json;
  const body = fits ? annotated : carryAnnotations(annotated, sanitizeRichText(annotated));
  return {
    body,
    threads: placed.map((p) => p.thread),
    openSuggestions: open.length,
    applicableSuggestions: applicable.length,
  };
}
