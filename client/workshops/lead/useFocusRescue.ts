import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * On a live page buttons come and go with the shared state ("Show the notes" goes once they
 * are shown, "Start" once the activity runs), often after the click's answer, when the next
 * update arrives; a form's button is disabled while its command is on its way. Either leaves
 * focus on the page body and a keyboard or screen-reader user back at the top. After each
 * render, when focus was inside `container` and is now nowhere: back to the element that had it
 * once it can take it again (a re-enabled button), or, when that element is gone, to `fallback`
 * (a heading that says where things stand).
 */
export function useFocusRescue(
  container: RefObject<HTMLElement | null>,
  fallback: RefObject<HTMLElement | null>,
): void {
  const wasInside = useRef(false);
  const last = useRef<HTMLElement | null>(null);
  const watched = useRef<HTMLElement | null>(null);

  const rescue = useCallback(() => {
    if (!wasInside.current) return;
    const active = document.activeElement;
    if (active !== null && active !== document.body && active.isConnected) return;
    const element = last.current;
    if (!element?.isConnected) {
      fallback.current?.focus();
      return;
    }
    if (!element.matches(':disabled')) {
      element.focus();
      return;
    }
    // Disabled while its command is on its way; the component that enables it again may be one
    // this page does not re-render with, so watch the element itself.
    if (watched.current === element) return;
    watched.current = element;
    const watcher = new MutationObserver(() => {
      if (element.matches(':disabled')) return;
      watcher.disconnect();
      watched.current = null;
      const now = document.activeElement;
      if (wasInside.current && (now === null || now === document.body)) element.focus();
    });
    watcher.observe(element, { attributes: true, attributeFilter: ['disabled'] });
  }, [fallback]);

  // On the document, not the container: the container appears only once the workshop loaded.
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target;
      wasInside.current = target instanceof HTMLElement && !!container.current?.contains(target);
      if (wasInside.current) last.current = target as HTMLElement;
    };
    const onFocusOut = (event: FocusEvent) => {
      // Focus going to another element is seen by focusin; only focus going nowhere is judged.
      if (event.relatedTarget !== null || event.target !== last.current) return;
      // A click on plain text, or another window, leaves the element in place and usable; one
      // that went from the page or was disabled is a loss.
      const left = last.current;
      // Judged now, not in the timeout: a fast answer may enable the button again before it runs,
      // and the loss would then look like a click on plain text (seen in CI under load).
      const disabled = left?.matches(':disabled') ?? false;
      setTimeout(() => {
        if (left?.isConnected && !disabled && !left.matches(':disabled')) wasInside.current = false;
        else rescue();
      });
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
    };
  }, [container, rescue]);

  useLayoutEffect(rescue);
}
