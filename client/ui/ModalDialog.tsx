import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';

interface Props {
  title: string;
  /** Fires after any way of closing (a button, Escape); the browser returns focus to the opener. */
  onClose: () => void;
  /** Receives `close`, which every way out goes through. */
  children: (close: () => void) => ReactNode;
  /** Where focus starts; the first focusable element when omitted. */
  initialFocus?: RefObject<HTMLElement | null>;
}

/**
 * A native modal dialog: the browser keeps focus inside, closes it on Escape and returns focus to
 * the element that opened it. It opens when mounted.
 */
export function ModalDialog({ title, onClose, children, initialFocus }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();

  // No close() in a cleanup: StrictMode's rehearsal unmount would queue a close event that ends
  // the real dialog. Every way out goes through close(), so the browser restores focus.
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    initialFocus?.current?.focus();
  }, [initialFocus]);

  const close = () => ref.current?.close();
  return (
    <dialog ref={ref} className="ds-dialog" aria-labelledby={headingId} onClose={onClose}>
      <h2 id={headingId} className="ds-heading mb-6" data-size="sm">
        {title}
      </h2>
      {children(close)}
    </dialog>
  );
}
