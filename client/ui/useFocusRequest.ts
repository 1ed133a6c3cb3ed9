import { useCallback, useLayoutEffect, useRef } from 'react';

function findTarget(container: HTMLElement, selectors: readonly string[]): HTMLElement | null {
  for (const selector of selectors) {
    const element = container.querySelector<HTMLElement>(selector);
    if (element && !element.matches(':disabled')) return element;
  }
  return null;
}

/**
 * Moves focus to an element that only exists (or only is in its new place) after the next
 * render, e.g. the item just added, moved or restored. Selectors are tried in order inside the
 * container; a disabled match is skipped ("move up" is disabled at the top, "move down" not).
 */
export function useFocusRequest<T extends HTMLElement>() {
  const containerRef = useRef<T>(null);
  const pending = useRef<readonly string[] | null>(null);

  useLayoutEffect(() => {
    const selectors = pending.current;
    const container = containerRef.current;
    if (!selectors || !container) return;
    const target = findTarget(container, selectors);
    if (!target) return;
    pending.current = null;
    target.focus();
    // An editor may re-attach its DOM right after mounting (React StrictMode does this in
    // development), which drops focus; if nothing else took it, put it back once.
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active && active !== document.body) return;
      findTarget(container, selectors)?.focus();
    });
  });

  const requestFocus = useCallback((selectors: readonly string[]) => {
    pending.current = selectors;
  }, []);

  return { containerRef, requestFocus };
}
