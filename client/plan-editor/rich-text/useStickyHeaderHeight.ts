import { useEffect, useState } from 'react';

/** The page's sticky header: the plan toolbar (marked, or known by its Tailwind classes). */
const HEADER = '[data-sticky-header], .sticky.top-0';

/**
 * How tall the page's sticky header is while `active`, so the formatting toolbar docks just
 * under it instead of behind it (on a phone the header wraps onto several lines). Null when
 * there is none; the stylesheet's default applies then.
 */
export function useStickyHeaderHeight(active: boolean): number | null {
  const [height, setHeight] = useState<number | null>(null);
  useEffect(() => {
    if (!active || typeof ResizeObserver === 'undefined') return;
    const header = document.querySelector<HTMLElement>(HEADER);
    if (!header) return;
    const observer = new ResizeObserver(() => setHeight(header.offsetHeight));
    observer.observe(header);
    return () => observer.disconnect();
  }, [active]);
  return height;
}
