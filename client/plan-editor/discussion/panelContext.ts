import { createContext, useContext } from 'react';
import type { Role } from '../../../shared/auth/roles';
import type { Person, SectionRef } from '../../../shared/discussion/types';
import type { ThreadView } from '../../../shared/discussion/view';
import type { SelectionAnchor } from './discussionContext';
import type { ThreadFilter } from './filters';
import type { SectionDirectory } from './sectionNames';
import type { SectionCounts, SeenMarks, UnreadSummary } from './unread';

/** Where focus goes when the panel has rendered what was asked for. */
export type FocusRequest =
  | { target: 'heading' }
  | { target: 'composer' }
  /** `move` false: only scrolled into view (chosen in the editor, where the person goes on typing). */
  | { target: 'item'; id: string; move: boolean };
/** A request with a number of its own, so asking twice for the same place moves focus twice. */
export type PanelFocus = FocusRequest & { nonce: number };

/**
 * The side panel's state, shared by what opens it (the header button, the badges beside the
 * sections, the summary since the last visit, the editors) and the panel itself.
 */
export interface DiscussionPanelState {
  planId: string;
  open: boolean;
  /** Closing returns focus to the header button (the panel is gone from under it). */
  setOpen: (open: boolean) => void;
  filter: ThreadFilter;
  setFilter: (filter: ThreadFilter) => void;
  /** Only this section's threads and suggestions; null for all. */
  sectionFilter: SectionRef | null;
  /** Opens the panel showing this section's open threads and suggestions. */
  showSection: (section: SectionRef | null) => void;
  /** Opens the panel with this thread or suggestion expanded and focused. */
  showItem: (id: string) => void;
  /** The panel's own choice of the active thread (expanding it): no filter changes, no focus moves. */
  select: (id: string | null) => void;
  focus: PanelFocus | null;
  /** A new thread being written (from the editor's selection). */
  draft: SelectionAnchor | null;
  setDraft: (draft: SelectionAnchor | null) => void;
  people: readonly (Person & { role: Role })[];
  seen: SeenMarks | null;
  unread: UnreadSummary;
  markSeen: (threads: readonly ThreadView[]) => void;
  /** sectionKey → what the badge beside the section says. */
  counts: ReadonlyMap<string, SectionCounts>;
  sections: SectionDirectory;
  /** Changes when the plan's text did (anchors are re-resolved with it). */
  planVersion: number;
  /** Wide screens: the panel sits beside the document; narrow: it covers it (a modal dialog). */
  wide: boolean;
  /** The header button's id, to return focus to it. */
  toggleId: string;
}

/** The panel's element id, for the header button's aria-controls. */
export const panelIdOf = (toggleId: string): string => `${toggleId}-panel`;

export const DiscussionPanelContext = createContext<DiscussionPanelState | null>(null);

/** Null where the discussion is off (participants, versions, no role known). */
export function useDiscussionPanel(): DiscussionPanelState | null {
  return useContext(DiscussionPanelContext);
}
