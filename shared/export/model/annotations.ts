import { AnnotationMarks } from '../../discussion/annotate';
import type { RichMark, RichNode } from '../../plan/richText';
import type { Inline, RunSuggestion } from './types';

/**
 * Reads the marks `annotateSection` (shared/discussion/annotate.ts) adds into the model's run
 * fields. Values are checked, not trusted: a mark with the wrong shape is ignored.
 */

const isString = (value: unknown): value is string => typeof value === 'string';

export function commentIdsOf(marks: readonly RichMark[]): string[] {
  const ids = new Set<string>();
  for (const mark of marks) {
    if (mark.type !== AnnotationMarks.comments) continue;
    const value = mark.attrs?.ids;
    if (Array.isArray(value)) for (const id of value) if (isString(id)) ids.add(id);
  }
  return [...ids];
}

export function suggestionOf(marks: readonly RichMark[]): RunSuggestion | undefined {
  for (const mark of marks) {
    const kind =
      mark.type === AnnotationMarks.insertion
        ? 'insert'
        : mark.type === AnnotationMarks.deletion
          ? 'delete'
          : null;
    const { id, author, at } = mark.attrs ?? {};
    if (kind && isString(id) && isString(author) && typeof at === 'number')
      return { kind, id, author, date: new Date(at) };
  }
  return undefined;
}

/** Text an open suggestion would add: not part of the plan yet. */
export function isSuggestedInsertion(node: RichNode): boolean {
  return (node.marks ?? []).some((mark) => mark.type === AnnotationMarks.insertion);
}

/** The comments on any run of some inline content, in order of first appearance. */
export function commentIdsIn(inlines: readonly Inline[]): string[] {
  const ids = new Set<string>();
  for (const inline of inlines)
    if (inline.type === 'text') for (const id of inline.comments ?? []) ids.add(id);
  return [...ids];
}
