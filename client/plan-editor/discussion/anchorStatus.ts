import type * as Y from 'yjs';
import { checkSuggestion } from '../../../shared/discussion/accept';
import { isEmptyRange, rangeText, resolveRange } from '../../../shared/discussion/anchors';
import { DiscussionErrorCode } from '../../../shared/discussion/errors';
import { sectionFragment } from '../../../shared/discussion/sections';
import type { Anchor, SuggestionRecord } from '../../../shared/discussion/types';

/**
 * Where a thread's text is now: the whole section; a range that still holds text (shown as it
 * reads now); a range whose text was deleted (shown with the quote it had); or a section that
 * is gone from the plan.
 */
export type AnchorStatus =
  | { kind: 'whole' }
  | { kind: 'live'; text: string }
  | { kind: 'detached'; quote: string }
  | { kind: 'section-gone'; quote: string | null };

export function threadAnchorStatus(plan: Y.Doc, anchor: Anchor): AnchorStatus {
  const fragment = sectionFragment(plan, anchor.section);
  if (!fragment) return { kind: 'section-gone', quote: anchor.range?.quote ?? null };
  if (!anchor.range) return { kind: 'whole' };
  const range = resolveRange(plan, fragment, anchor.range.start, anchor.range.end);
  if (!range || isEmptyRange(range)) return { kind: 'detached', quote: anchor.range.quote };
  return { kind: 'live', text: rangeText(fragment, range) };
}

/**
 * What can be done with a suggestion now. An open one is applicable, outdated (the text it
 * deletes changed: look again, accepting is refused) or lost (its text is gone: only reject).
 */
export type SuggestionState = 'applicable' | 'outdated' | 'lost' | 'accepted' | 'rejected';

export function suggestionState(plan: Y.Doc, suggestion: SuggestionRecord): SuggestionState {
  if (suggestion.status !== 'open') return suggestion.status;
  const verdict = checkSuggestion(plan, suggestion);
  if (verdict.ok) return 'applicable';
  return verdict.code === DiscussionErrorCode.SuggestionOutdated ? 'outdated' : 'lost';
}
