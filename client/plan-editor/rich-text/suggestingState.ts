import type * as Y from 'yjs';
import { PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { encodePosition } from '../../../shared/discussion/anchors';
import { newId } from '../discussion/newId';
import type { EditorBridge } from './editorBridge';
import type { Pending } from './pendingSuggestion';
import type { OutgoingPart } from './suggestionSender';
import { absoluteOf, bindingOf, relativeAt, type YBinding } from './yPositions';
import { hiddenLabel, insertElement } from './markElements';

/**
 * The pending suggestion as the plugin keeps it: Yjs positions, because a remote edit replaces
 * the whole ProseMirror document (y-tiptap), which collapses any ProseMirror position mapped
 * through it. Positions use the association they will be sent with.
 */
export interface StoredPending {
  deletes: { from: Y.RelativePosition; to: Y.RelativePosition }[];
  insert: { at: Y.RelativePosition; text: string } | null;
}

export const suggestingKey = new PluginKey<StoredPending | null>('suggesting');

export function storePending(pending: Pending | null, binding: YBinding): StoredPending | null {
  if (!pending) return null;
  const deletes: StoredPending['deletes'] = [];
  for (const span of pending.deletes) {
    const from = relativeAt(span.from, binding, 0);
    const to = relativeAt(span.to, binding, -1);
    if (from && to) deletes.push({ from, to });
  }
  const at = pending.insert ? relativeAt(pending.insert.at, binding, 0) : null;
  const insert = pending.insert && at ? { at, text: pending.insert.text } : null;
  return deletes.length || insert ? { deletes, insert } : null;
}

/** The pending suggestion in the current document; parts whose text went away are dropped. */
export function loadPending(stored: StoredPending | null, binding: YBinding): Pending | null {
  if (!stored) return null;
  const deletes: Pending['deletes'] = [];
  for (const span of stored.deletes) {
    const from = absoluteOf(span.from, binding);
    const to = absoluteOf(span.to, binding);
    if (from !== null && to !== null && from < to) deletes.push({ from, to });
  }
  const at = stored.insert ? absoluteOf(stored.insert.at, binding) : null;
  const insert = stored.insert && at !== null ? { at, text: stored.insert.text } : null;
  return deletes.length || insert ? { deletes, insert } : null;
}

export function currentPending(state: EditorState): Pending | null {
  const binding = bindingOf(state);
  return binding ? loadPending(suggestingKey.getState(state) ?? null, binding) : null;
}

/** The parts to send for a stored pending suggestion: deletions first, then the insertion. */
export function outgoingParts(stored: StoredPending | null): OutgoingPart[] {
  if (!stored) return [];
  const parts: OutgoingPart[] = stored.deletes.map((span) => ({
    id: newId(),
    change: { kind: 'delete', start: encodePosition(span.from), end: encodePosition(span.to) },
  }));
  if (stored.insert) {
    parts.push({ id: newId(), change: { kind: 'insert', at: encodePosition(stored.insert.at), text: stored.insert.text } });
  }
  return parts;
}

/**
 * This person's unsent suggestion, drawn like a sent one but marked as their own. The insertion
 * sits just before the caret (side -1), after insertions already stored at the same place.
 */
export function pendingDecorations(state: EditorState, bridge: EditorBridge): DecorationSet | null {
  const pending = currentPending(state);
  if (!pending) return null;
  const { t } = bridge;
  const decorations: Decoration[] = [];
  for (const span of pending.deletes) {
    decorations.push(
      Decoration.widget(span.from, () => hiddenLabel(t('editorToolbar.marks.ownDelete')), {
        side: 1,
        key: `pending-delete-label-${bridge.language}`,
      }),
      Decoration.inline(span.from, span.to, { class: 'suggestion suggestion-delete is-own' }),
    );
  }
  const { insert } = pending;
  if (insert) {
    decorations.push(
      Decoration.widget(insert.at, () => insertElement(t('editorToolbar.marks.ownInsert'), insert.text, { own: true, title: t('editorToolbar.marks.sending') }), {
        side: -1,
        key: `pending-insert-${bridge.language}-${insert.text}`,
      }),
    );
  }
  return DecorationSet.create(state.doc, decorations);
}
