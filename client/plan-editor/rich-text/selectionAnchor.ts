import type { Node } from '@tiptap/pm/model';
import { DiscussionLimits } from '../../../shared/discussion/limits';
import type { SectionRef } from '../../../shared/discussion/types';
import type { SelectionAnchor } from '../discussion/discussionContext';
import { textRunsBetween } from './textRuns';
import { encodedAt, type YBinding } from './yPositions';

/**
 * A comment's anchor from a selection: from the first character of text in it to the last (a
 * selection of whole blocks starts and ends between them), the start sticking to the character
 * after it and the end to the one before, so text typed at either edge stays outside. Null when
 * the selection holds no text.
 */
export function selectionAnchor(doc: Node, from: number, to: number, section: SectionRef, binding: YBinding): SelectionAnchor | null {
  const runs = textRunsBetween(doc, from, to);
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (!first || !last) return null;
  const start = encodedAt(first.from, binding, 0);
  const end = encodedAt(last.to, binding, -1);
  if (!start || !end) return null;
  const quote = doc.textBetween(first.from, last.to, '\n', ' ').slice(0, DiscussionLimits.quote);
  return { section, range: { start, end, quote } };
}
