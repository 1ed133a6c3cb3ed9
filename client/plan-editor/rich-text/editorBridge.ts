import type { TFunction } from 'i18next';
import type { SectionRef } from '../../../shared/discussion/types';
import type { DiscussionContextValue } from '../discussion/discussionContext';

/**
 * What the editor's ProseMirror plugins need from React, read fresh at each use: plugins are
 * made once per editor, while the discussion, the mode and the language change under them.
 */
export interface EditorBridge {
  section: SectionRef;
  /** Null outside a plan editor: no suggestions, no comments. */
  discussion: DiscussionContextValue | null;
  announce: (message: string) => void;
  t: TFunction;
  language: string;
  /** Opens the link dialog (Ctrl/⌘+K); false when links cannot be edited now. */
  openLink: () => boolean;
  /** Starts a comment on the selection (Ctrl/⌘+Alt+M); false when there is nothing to comment on. */
  comment: () => boolean;
  /** Moves focus to the toolbar (Alt+F10); false when there is none. */
  focusToolbar: () => boolean;
  /** Hides the toolbar, focus staying in the text (Escape, WCAG 1.4.13); false when none shows. */
  dismissToolbar: () => boolean;
}

export interface BridgeRef {
  current: EditorBridge;
}

export function isSuggesting(bridge: EditorBridge): boolean {
  const discussion = bridge.discussion;
  return !!discussion && discussion.canSuggest && discussion.mode === 'suggesting';
}
