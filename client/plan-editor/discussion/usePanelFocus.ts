import { useEffect, useRef, type RefObject } from 'react';
import type { PanelFocus } from './panelContext';

/**
 * Focus in the side panel: where a request says (its heading, the new thread's field, a thread
 * or suggestion, once it has arrived), and back to the heading when what had focus is gone (a
 * thread resolved away from the "open" list, a suggestion decided).
 */
export function usePanelFocus(panelId: string, heading: RefObject<HTMLElement | null>, focus: PanelFocus | null) {
  const handled = useRef(0);
  const last = useRef<HTMLElement | null>(null);

  // After every render: requests wait until their target exists (a thread arrives after its ack).
  useEffect(() => {
    const root = document.getElementById(panelId);
    if (!root) return;
    if (focus && focus.nonce > handled.current) {
      const target = findTarget(root, heading.current, focus);
      if (target) {
        handled.current = focus.nonce;
        target.scrollIntoView({ block: 'nearest' });
        if (focus.target !== 'item' || focus.move) target.focus({ preventScroll: true });
        return;
      }
    }
    const active = document.activeElement;
    if (last.current && !last.current.isConnected && (!active || active === document.body)) {
      last.current = null;
      heading.current?.focus();
    }
  });

  // What had focus last, to notice when it is gone. Listening only: no handler semantics needed.
  useEffect(() => {
    const remember = (event: FocusEvent) => {
      const inside = event.target instanceof HTMLElement && document.getElementById(panelId)?.contains(event.target);
      last.current = inside ? event.target : null;
    };
    document.addEventListener('focusin', remember);
    return () => document.removeEventListener('focusin', remember);
  }, [panelId]);
}

function findTarget(root: HTMLElement, heading: HTMLElement | null, focus: PanelFocus): HTMLElement | null {
  switch (focus.target) {
    case 'heading':
      return heading;
    case 'composer':
      return root.querySelector<HTMLElement>('[data-new-thread] textarea');
    case 'item': {
      const item = root.querySelector<HTMLElement>(`[data-discussion-item="${CSS.escape(focus.id)}"]`);
      return item?.querySelector<HTMLElement>(':scope > :is(h4, h5) > [data-role="toggle"]') ?? item;
    }
    default: {
      const never: never = focus;
      return never;
    }
  }
}
