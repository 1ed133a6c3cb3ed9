/**
 * Where a rich-text field is relative to the window, for mounting its editor lazily: two shared
 * IntersectionObservers (one per zone, however many fields) instead of one per field.
 * "near": within one window height above or below the visible part — an editor mounts there,
 * before it scrolls into view. "kept": within three window heights — an editor that is mounted
 * stays mounted until it leaves this wider zone, so scrolling to and fro around the edge does not
 * mount and unmount it each time (hysteresis).
 */
export type Zone = 'near' | 'kept';

const MARGINS: Record<Zone, string> = { near: '100% 0px 100% 0px', kept: '300% 0px 300% 0px' };

type Listener = (inside: boolean) => void;

interface Shared {
  observer: IntersectionObserver;
  listeners: Map<Element, Listener>;
}

const shared = new Map<Zone, Shared>();

function observerFor(zone: Zone): Shared {
  let entry = shared.get(zone);
  if (!entry) {
    const listeners = new Map<Element, Listener>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const { target, isIntersecting } of entries) listeners.get(target)?.(isIntersecting);
      },
      { rootMargin: MARGINS[zone] },
    );
    entry = { observer, listeners };
    shared.set(zone, entry);
  }
  return entry;
}

/** Calls `listener` with whether `element` is inside `zone` now (asynchronously) and on every change. */
export function watchZone(element: Element, zone: Zone, listener: Listener): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    // No observer (very old browser): every field counts as near, as before lazy mounting.
    listener(true);
    return () => {};
  }
  const { observer, listeners } = observerFor(zone);
  listeners.set(element, listener);
  observer.observe(element);
  return () => {
    observer.unobserve(element);
    listeners.delete(element);
  };
}
