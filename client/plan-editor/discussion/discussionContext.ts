import { createContext, useContext } from 'react';
import type { Role } from '../../../shared/auth/roles';
import type { DiscussionCommandInput } from '../../../shared/discussion/commands';
import type { Person, SectionRef } from '../../../shared/discussion/types';
import type { DiscussionView } from '../../../shared/discussion/view';
import type { DiscussionSendResult } from './useDiscussion';

/** A range the editor made from the selection: encoded relative positions and the text. */
export interface SelectionAnchor {
  section: SectionRef;
  range: { start: string; end: string; quote: string } | null;
}

/** What the discussion panel can ask of one open rich-text editor (registered per section). */
export interface EditorHandle {
  /** Scrolls to the range (or the section), selects it and focuses the editor. False when gone. */
  reveal(range: { start: string; end: string } | null): boolean;
}

export type EditMode = 'editing' | 'suggesting';

/**
 * The plan's discussion as every part of the editor sees it; provided once per open plan by
 * DiscussionProvider. The rich-text editors read it to draw comment ranges and suggestions and
 * to send suggestions; the side panel lists and manages threads.
 */
export interface DiscussionContextValue {
  view: DiscussionView | null;
  send: (command: DiscussionCommandInput) => Promise<DiscussionSendResult>;
  /** Who this person is in the discussion (null until known). */
  me: Person | null;
  role: Role | null;
  canComment: boolean;
  canSuggest: boolean;
  canDecide: boolean;
  /** Editing or suggesting: chosen by the person; forced to suggesting in suggest-only mode. */
  mode: EditMode;
  setMode: (mode: EditMode) => void;
  /** Opens the side panel's composer for a new thread on this anchor. */
  startComment: (anchor: SelectionAnchor) => void;
  /** The thread (or suggestion) chosen in the panel; its range is highlighted in the editor. */
  activeId: string | null;
  setActiveId: (id: string | null) => void;
  /** Each editor registers itself so the panel can move to a thread's text. */
  registerEditor: (sectionKey: string, handle: EditorHandle) => () => void;
  /** Moves to a section's text (and range), focusing it. */
  reveal: (section: SectionRef, range: { start: string; end: string } | null) => void;
  /** Opens the side panel at this thread or suggestion (e.g. its highlight was clicked), focusing it there. */
  showInPanel: (id: string) => void;
}

export const DiscussionContext = createContext<DiscussionContextValue | null>(null);

/** Null outside a plan editor (e.g. a version's read-only view): comments are then off. */
export function useDiscussionContext(): DiscussionContextValue | null {
  return useContext(DiscussionContext);
}
