import type { EditorState, Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

interface WithObserver {
  domObserver?: { flush?: () => void };
}

/**
 * Dispatches from a timer or an answer from the server. The page may have moved the selection
 * (an arrow key) without ProseMirror having heard yet (selectionchange comes later); an update
 * then would put the old selection back. ProseMirror's DOM observer (internal, hence the guard)
 * is asked to read the page first, and the transaction is made from the state after that.
 */
export function dispatchLater(view: EditorView, make: (state: EditorState) => Transaction | null): void {
  if (view.isDestroyed) return;
  readPage(view);
  if (view.isDestroyed) return;
  const tr = make(view.state);
  if (tr) view.dispatch(tr);
}

/** Lets ProseMirror take in what the page did meanwhile (see dispatchLater); for reading the selection. */
export function readPage(view: EditorView): void {
  if (!view.isDestroyed) (view as unknown as WithObserver).domObserver?.flush?.();
}
