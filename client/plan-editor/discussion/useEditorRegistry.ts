import { useCallback, useRef } from 'react';
import { sectionKey } from '../../../shared/discussion/sections';
import type { SectionRef } from '../../../shared/discussion/types';
import type { EditorHandle } from './discussionContext';

/** The element of a section in the editor (see PurposeSection, FocusAreaSection, StrategyItem). */
export function sectionElement(section: SectionRef): HTMLElement | null {
  if (section.kind === 'purpose') return document.querySelector<HTMLElement>('[data-section-key="purpose"]');
  const id = CSS.escape(section.id);
  return document.querySelector<HTMLElement>(`[data-strategy-id="${id}"], [data-focus-area-id="${id}"]`);
}

/** The section's own text editor: the first one inside it (a focus area's strategies follow its text). */
function sectionTextbox(element: HTMLElement): HTMLElement | null {
  return element.querySelector<HTMLElement>('[role="textbox"]');
}

/** Opens whatever folds the element away (a closed <details> around it). */
function unfold(element: HTMLElement): void {
  for (let details = element.closest('details'); details; details = details.parentElement?.closest('details') ?? null) {
    details.open = true;
  }
}

/**
 * The rich-text editors register here by section, so the side panel can move to a thread's
 * text. Without a registered editor (or when it cannot find the range) the section is scrolled
 * to and its text field focused, so the person lands at least in the right place.
 */
export function useEditorRegistry() {
  const editors = useRef(new Map<string, EditorHandle>());

  const registerEditor = useCallback((key: string, handle: EditorHandle) => {
    editors.current.set(key, handle);
    return () => {
      if (editors.current.get(key) === handle) editors.current.delete(key);
    };
  }, []);

  const reveal = useCallback((section: SectionRef, range: { start: string; end: string } | null) => {
    const element = sectionElement(section);
    if (element) unfold(element);
    const handle = editors.current.get(sectionKey(section));
    if (handle?.reveal(range)) return;
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    (sectionTextbox(element) ?? element).focus({ preventScroll: true });
  }, []);

  return { registerEditor, reveal };
}
