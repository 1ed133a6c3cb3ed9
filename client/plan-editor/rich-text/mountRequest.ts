import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import type { SectionRef } from '../../../shared/discussion/types';
import type { Identity } from '../../identity/identity';

/** A plan's rich-text field, as its page gives it: the lazy frame and the mounted editor alike. */
export interface RichTextFieldProps {
  fragment: Y.XmlFragment;
  awareness: Awareness;
  user: Identity;
  /** Accessible name, e.g. "Tekst for strategi 1.2"; follows renumbering without a rebuild. */
  label: string;
  /** The person may change the text directly (in suggesting mode they type suggestions instead). */
  editable: boolean;
  /** Which part of the plan this text is: comments and suggestions are anchored to it. */
  section: SectionRef;
}

/**
 * Why a lazily mounted editor (LazyRichText) is being brought in, carried out once it is
 * mounted: a press at a point (the caret goes there), keyboard focus (the caret at the start),
 * or the discussion showing a thread's range in this text.
 */
export type MountRequest =
  | { kind: 'point'; x: number; y: number }
  | { kind: 'focus' }
  | { kind: 'reveal'; range: { start: string; end: string } | null };

/** What the mounted editor lends its lazy frame. */
export interface MountedHandle {
  /** Shows the range (or the start of the text); false when it no longer resolves. */
  reveal(range: { start: string; end: string } | null): boolean;
  /** Whether the person has changes here they could undo: such an editor is never unmounted. */
  hasOwnHistory(): boolean;
}
