import { Extension } from '@tiptap/core';
import { Plugin, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { isSuggesting, type BridgeRef } from './editorBridge';
import { discussionMarksKey, markIdAt, type MarksMeta } from './discussionMarks';
import { dispatchLater, readPage } from './dispatchLater';
import { backspace, composeText, continuesAt, deleteForward, replaceSelection, singleLine, typeText, type Pending, type Step } from './pendingSuggestion';
import { sendSuggestion } from './suggestionSender';
import { currentPending, outgoingParts, pendingDecorations, storePending, suggestingKey, type StoredPending } from './suggestingState';
import { textBlockAt, textRunsBetween } from './textRuns';
import { bindingOf } from './yPositions';

/** Typing gathers into one suggestion until this long a pause (or the caret moves away). */
const IDLE_MS = 800;
/** A sent suggestion is drawn as sent at most this long if its stored copy never shows up. */
const SETTLE_MS = 5_000;
/** "This cannot be suggested" is said at most this often. */
const BLOCKED_NOTICE_MS = 3_000;

/**
 * Suggesting mode: while on, nothing this person types changes the plan document. Typing,
 * Backspace/Delete, typing over a selection, paste and cut become a pending suggestion drawn in
 * place, sent as `suggest` commands after a pause, when the caret moves away, on blur and when
 * the mode changes. Remote edits (y-tiptap's transactions) still come through.
 */
export function suggestingExtension(bridgeRef: BridgeRef) {
  let lastBlockedNotice = 0;
  /**
   * While an input method composes a word. Our redraw (the page's text must not change) can
   * end the browser's composition early and restart it, so the word is taken as "whatever it
   * says now", on top of what was typed before it, until a real key or compositionend.
   */
  let composing: { base: string } | null = null;

  const announce = (key: 'newParagraph' | 'paragraphEdge' | 'formatting' | 'discarded') =>
    bridgeRef.current.announce(bridgeRef.current.t(`editorToolbar.suggest.${key}`));

  /**
   * Sends a stored suggestion, drawing it as sent meanwhile: the drawing rides on `tr` (which the
   * caller dispatches) so that a keystroke costs one transaction. Without a view (the editor is
   * going) it is only sent.
   */
  function send(view: EditorView | null, stored: StoredPending | null, tr: Transaction | null): void {
    const parts = outgoingParts(stored);
    const discussion = bridgeRef.current.discussion;
    if (parts.length === 0 || !discussion) return;
    const ids = parts.map((part) => part.id);
    // Only when still drawn as sending: a needless update could undo a selection change the
    // editor has not read from the page yet.
    const settle = () => {
      if (!view) return;
      dispatchLater(view, (state) => {
        const sending = discussionMarksKey.getState(state)?.sending ?? [];
        return sending.some((part) => ids.includes(part.id)) ? state.tr.setMeta(discussionMarksKey, { settled: ids } satisfies MarksMeta) : null;
      });
    };
    tr?.setMeta(discussionMarksKey, { sending: parts } satisfies MarksMeta);
    void sendSuggestion(discussion.send, bridgeRef.current.section, parts).then((outcome) => {
      if (outcome.ok) {
        setTimeout(settle, SETTLE_MS);
        return;
      }
      if (outcome.error) bridgeRef.current.announce(outcome.error);
      settle();
    });
  }

  /** Sends what is pending and still in the text (a remote edit may have deleted part of it). */
  function flush(view: EditorView): void {
    dispatchLater(view, (state) => {
      if (!suggestingKey.getState(state)) return null;
      const binding = bindingOf(state);
      const stored = binding ? storePending(currentPending(state), binding) : null;
      const tr = state.tr.setMeta(suggestingKey, { pending: null });
      send(view, stored, tr);
      return tr;
    });
  }

  /** Applies one keystroke's step: sends what it ends, keeps what it starts, moves the caret. */
  function apply(view: EditorView, step: Step | null): true {
    if (!step) return true;
    const binding = bindingOf(view.state);
    if (!binding) return true;
    if (step.refused) announce('paragraphEdge');
    const flushed = storePending(step.flush, binding);
    const tr = view.state.tr.setMeta(suggestingKey, { pending: storePending(step.pending, binding) });
    tr.setSelection(TextSelection.create(tr.doc, step.caret));
    send(view, flushed, tr);
    view.dispatch(tr.scrollIntoView());
    return true;
  }

  function input(view: EditorView, from: number, to: number, text: string): true {
    const clean = singleLine(text);
    if (!clean) return true;
    const pending = currentPending(view.state);
    if (composing && from === to) return apply(view, composeText(pending, from, composing.base, clean));
    const replaced = from === to ? null : replaceSelection(pending, textRunsBetween(view.state.doc, from, to), clean);
    return apply(view, replaced ?? typeText(pending, from, clean));
  }

  function remove(view: EditorView, forward: boolean): true {
    // A Shift+Arrow just before may not have reached ProseMirror yet (selectionchange comes
    // later): without reading the page first, the deletion would miss the last character.
    readPage(view);
    const { selection, doc } = view.state;
    const pending = currentPending(view.state);
    if (!selection.empty) return apply(view, replaceSelection(pending, textRunsBetween(doc, selection.from, selection.to), ''));
    const block = textBlockAt(doc, selection.head);
    if (!block) return true;
    return apply(view, forward ? deleteForward(pending, selection.head, block) : backspace(pending, selection.head, block));
  }

  function keyDown(view: EditorView, event: KeyboardEvent): boolean {
    if (composing) return false;
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (event.key === 'Enter') {
      readPage(view);
      const id = markIdAt(view.state, view.state.selection.head);
      if (id) bridgeRef.current.discussion?.setActiveId(id);
      else announce('newParagraph');
      return true;
    }
    if (event.key === 'Backspace' || event.key === 'Delete') return remove(view, event.key === 'Delete');
    // Undo and redo would replay direct edits; here they only take back what is unsent.
    if (mod && !event.altKey && (key === 'z' || key === 'y')) {
      if (suggestingKey.getState(view.state)) {
        view.dispatch(view.state.tr.setMeta(suggestingKey, { pending: null }));
        announce('discarded');
      }
      return true;
    }
    return false;
  }

  return Extension.create({
    name: 'suggesting',
    // Before the keymaps (Enter, Backspace, undo) and the link paste handler.
    priority: 1100,
    addProseMirrorPlugins() {
      return [
        new Plugin<StoredPending | null>({
          key: suggestingKey,
          state: {
            init: () => null,
            apply: (tr, value) => {
              const meta = tr.getMeta(suggestingKey) as { pending: StoredPending | null } | undefined;
              return meta ? meta.pending : value;
            },
          },
          filterTransaction: (tr) => {
            if (!tr.docChanged || !isSuggesting(bridgeRef.current)) return true;
            if (tr.getMeta(ySyncPluginKey) !== undefined) return true;
            // Appended transactions (a trailing paragraph) are refused quietly.
            if (!tr.getMeta('appendedTransaction') && Date.now() - lastBlockedNotice > BLOCKED_NOTICE_MS) {
              lastBlockedNotice = Date.now();
              setTimeout(() => announce('formatting'), 0);
            }
            return false;
          },
          props: {
            decorations: (state) => (isSuggesting(bridgeRef.current) ? pendingDecorations(state, bridgeRef.current) : null),
            handleKeyDown: (view, event) => isSuggesting(bridgeRef.current) && keyDown(view, event),
            handleTextInput: (view, from, to, text) => isSuggesting(bridgeRef.current) && input(view, from, to, text),
            handlePaste: (view, event, slice) => {
              if (!isSuggesting(bridgeRef.current)) return false;
              const text = event.clipboardData?.getData('text/plain') || slice.content.textBetween(0, slice.content.size, ' ', ' ');
              const { from, to } = view.state.selection;
              return input(view, from, to, text);
            },
            handleDOMEvents: {
              compositionstart: (view) => {
                if (isSuggesting(bridgeRef.current) && !composing) {
                  const pending = currentPending(view.state);
                  const at = view.state.selection.head;
                  composing = { base: pending?.insert?.at === at ? pending.insert.text : '' };
                }
                return false;
              },
              compositionend: () => {
                composing = null;
                return false;
              },
              // Before ProseMirror's own handling, which skips keys while it thinks a word is
              // being composed: a real key (not an input method's) means the word is done. If
              // our redraw cost the browser its compositionend, ProseMirror is told here.
              keydown: (view, event) => {
                if (event.keyCode === 229 || event.key === 'Process') return false;
                composing = null;
                if (view.composing && isSuggesting(bridgeRef.current)) view.dom.dispatchEvent(new CompositionEvent('compositionend', { data: '' }));
                return false;
              },
              cut: (view, event) => {
                if (!isSuggesting(bridgeRef.current)) return false;
                readPage(view);
                if (view.state.selection.empty) return false;
                const { from, to } = view.state.selection;
                event.clipboardData?.setData('text/plain', view.state.doc.textBetween(from, to, '\n', ' '));
                event.preventDefault();
                remove(view, false);
                return true;
              },
              blur: (view) => {
                flush(view);
                return false;
              },
            },
          },
          view: () => {
            let timer: ReturnType<typeof setTimeout> | null = null;
            let last: StoredPending | null = null;
            return {
              update: (view) => {
                const stored = suggestingKey.getState(view.state) ?? null;
                const pending: Pending | null = stored ? currentPending(view.state) : null;
                const { selection } = view.state;
                const movedAway = !!stored && (!pending || !selection.empty || !continuesAt(pending, selection.head));
                if (stored && (movedAway || !isSuggesting(bridgeRef.current))) {
                  // Dispatching inside an update is not allowed: on the next tick.
                  setTimeout(() => suggestingKey.getState(view.state) === stored && flush(view), 0);
                }
                if (stored !== last) {
                  last = stored;
                  if (timer) clearTimeout(timer);
                  timer = stored ? setTimeout(() => flush(view), IDLE_MS) : null;
                }
              },
              destroy: () => {
                if (timer) clearTimeout(timer);
                // The editor is going (the section was removed, the page left): send what was typed.
                if (last) send(null, last, null);
              },
            };
          },
        }),
      ];
    },
  });
}
