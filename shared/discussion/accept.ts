import * as Y from 'yjs';
import { isEmptyRange, plainTextOf, rangeText, resolvePoint, resolveRange, textNodesOf } from './anchors';
import { DiscussionErrorCode } from './errors';
import { sectionFragment } from './sections';
import type { SuggestionRecord } from './types';

export type AcceptResult = { ok: true } | { ok: false; code: DiscussionErrorCode; reason: string };

/**
 * Whether a suggestion can still be applied to the plan as it is now, and how: an insertion
 * needs its place; a deletion needs its range, in one paragraph, still holding the text it was
 * made on (someone may have typed inside it meanwhile: then it is outdated, not applied blind).
 */
export function checkSuggestion(plan: Y.Doc, suggestion: SuggestionRecord): AcceptResult {
  const fragment = sectionFragment(plan, suggestion.section);
  if (!fragment) return { ok: false, code: DiscussionErrorCode.AnchorLost, reason: 'the section is gone' };
  const { change } = suggestion;
  if (change.kind === 'insert') {
    return resolvePoint(plan, fragment, change.at)
      ? { ok: true }
      : { ok: false, code: DiscussionErrorCode.AnchorLost, reason: 'the place of the insertion is gone' };
  }
  const range = resolveRange(plan, fragment, change.start, change.end);
  if (!range || isEmptyRange(range)) {
    return { ok: false, code: DiscussionErrorCode.AnchorLost, reason: 'the text to delete is gone' };
  }
  if (range.from.node !== range.to.node || rangeText(fragment, range) !== change.quote) {
    return { ok: false, code: DiscussionErrorCode.SuggestionOutdated, reason: 'the text to delete changed' };
  }
  return { ok: true };
}

/**
 * Applies a suggestion to the plan document (call inside a transaction, after `checkSuggestion`
 * said yes). The inserted text takes the formatting around it, as typing there would.
 */
export function applySuggestion(plan: Y.Doc, suggestion: SuggestionRecord): AcceptResult {
  const verdict = checkSuggestion(plan, suggestion);
  if (!verdict.ok) return verdict;
  const fragment = sectionFragment(plan, suggestion.section)!;
  const { change } = suggestion;
  if (change.kind === 'insert') {
    const point = resolvePoint(plan, fragment, change.at)!;
    if (point.type instanceof Y.XmlText) point.type.insert(Math.min(point.index, point.type.length), change.text);
    else point.type.insert(0, [new Y.XmlText(change.text)]);
    return { ok: true };
  }
  const range = resolveRange(plan, fragment, change.start, change.end)!;
  const text = textNodesOf(fragment)[range.from.node]!;
  // Offsets count characters; the text node holds only characters (y-prosemirror writes no embeds).
  const length = plainTextOf(text).length;
  text.delete(range.from.offset, Math.min(range.to.offset, length) - range.from.offset);
  return { ok: true };
}
