import type { Editor } from '@tiptap/react';
import { Selection, TextSelection } from '@tiptap/pm/state';
import { absoluteOfEncoded, bindingOf } from './yPositions';

/**
 * Shows a range (or the start of the text) to the person: scrolls to it, selects it and focuses
 * the editor. False when the range no longer resolves (its text was deleted).
 */
export function revealRange(editor: Editor, range: { start: string; end: string } | null): boolean {
  if (editor.isDestroyed) return false;
  const { view } = editor;
  const { doc } = view.state;
  let selection: Selection;
  if (range) {
    const binding = bindingOf(view.state);
    const from = binding ? absoluteOfEncoded(range.start, binding) : null;
    const to = binding ? absoluteOfEncoded(range.end, binding) : null;
    if (from === null || to === null || from > to) return false;
    selection = TextSelection.create(doc, from, to);
  } else {
    selection = Selection.atStart(doc);
  }
  view.dispatch(view.state.tr.setSelection(selection).scrollIntoView());
  // A read-only editor cannot take focus; scrolling there is what is left to do.
  if (view.editable) view.focus();
  else view.dom.scrollIntoView({ block: 'center' });
  return true;
}
