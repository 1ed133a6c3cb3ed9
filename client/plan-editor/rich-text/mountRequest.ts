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
