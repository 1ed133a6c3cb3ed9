import { useEffect, type RefObject } from 'react';
import type * as Y from 'yjs';
import { listFocusAreas } from '../../shared/plan/focusAreas';
import { listStrategies } from '../../shared/plan/strategies';

/**
 * The User Timing mark the browser bench (bench/workloads/largeEditor.ts, issue #16) reads:
 * set once per page load, at the end of the first frame in which the synced plan's every
 * rich-text field (purpose, each focus area's text, each strategy's text) is in the document,
 * and every one of them visible in the window is a mounted ProseMirror view (editable, or
 * read-only for an observer). The others are drawn statically (rich-text/StaticRichText.tsx):
 * their text is there to read and find, and they are in the tab order; their editor mounts when
 * they near the viewport or take focus. Before the mark a person could not yet type where they
 * look; after it they can. A measure from navigation start to it is added beside it.
 */
export const PLAN_INTERACTIVE_MARK = 'medverk:plan-interactive';

/** The rich-text fields the plan holds: the purpose, and per focus area its text and strategies. */
export function richTextFieldCount(doc: Y.Doc): number {
  return listFocusAreas(doc).reduce(
    (count, area) => count + 1 + listStrategies(doc, area.id).length,
    1,
  );
}

/** A rich-text field's frame (rich-text/RichTextEditor.tsx), static or with its editor. */
export const FIELD_SELECTOR = '[data-rich-text-field]';
/** A mounted TipTap editor. */
export const MOUNTED_EDITOR_SELECTOR = '.ProseMirror[contenteditable]';

/** Whether any of the box lies in the window (a field folded away in a closed <details> has an empty box at 0). */
export function inWindow(box: { top: number; bottom: number }, windowHeight: number): boolean {
  return box.bottom > 0 && box.top < windowHeight;
}

/** Every field is rendered in `root`, and each one in the window holds a mounted editor. */
function interactive(root: HTMLElement, doc: Y.Doc): boolean {
  const fields = root.querySelectorAll<HTMLElement>(FIELD_SELECTOR);
  if (fields.length < richTextFieldCount(doc)) return false;
  for (const field of fields) {
    if (inWindow(field.getBoundingClientRect(), innerHeight) && !field.querySelector(MOUNTED_EDITOR_SELECTOR)) return false;
  }
  return true;
}

/**
 * Sets PLAN_INTERACTIVE_MARK once the synced plan's fields are all rendered in `rootRef`: a
 * MutationObserver waits for them, then the mark lands after the next frame (a message posted
 * from requestAnimationFrame runs once that frame's rendering task is done). Costs a
 * querySelectorAll (and, once every field is there, one layout read per field) per DOM mutation
 * batch until then, nothing after.
 */
export function usePlanInteractiveMark(
  rootRef: RefObject<HTMLElement | null>,
  doc: Y.Doc,
  synced: boolean,
): void {
  useEffect(() => {
    const root = rootRef.current;
    if (!root || !synced || performance.getEntriesByName(PLAN_INTERACTIVE_MARK).length > 0) return;
    let done = false;
    let frame = 0;
    const channel = new MessageChannel();
    const check = () => {
      if (done || !interactive(root, doc)) return;
      done = true;
      observer.disconnect();
      frame = requestAnimationFrame(() => channel.port2.postMessage(null));
    };
    channel.port1.onmessage = () => {
      if (performance.getEntriesByName(PLAN_INTERACTIVE_MARK).length > 0) return;
      performance.mark(PLAN_INTERACTIVE_MARK);
      performance.measure(`${PLAN_INTERACTIVE_MARK}:from-navigation`, {
        start: 0,
        end: PLAN_INTERACTIVE_MARK,
      });
      channel.port1.close();
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
    check();
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      channel.port1.close();
    };
  }, [rootRef, doc, synced]);
}
