import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  id: string;
  headingId: string;
  wide: boolean;
  onClose: () => void;
  children: ReactNode;
}

const ASIDE = 'flex flex-col';

/**
 * The panel's frame, a complementary landmark named by its heading. Beside the document on wide
 * screens (sticky under the plan's toolbar, scrolling on its own); on narrow ones it covers the
 * page as a modal dialog, so focus stays in it, Escape closes it and focus returns to what
 * opened it (the browser does all three).
 */
export function PanelFrame({ id, headingId, wide, onClose, children }: Props) {
  const aside = (
    <aside id={id} aria-labelledby={headingId} className={ASIDE}>
      {children}
    </aside>
  );
  if (wide) {
    return (
      <div className="sticky top-24 max-h-[calc(100vh-7rem)] overflow-y-auto rounded-lg border border-neutral-border-subtle bg-neutral-background-default p-4">
        {aside}
      </div>
    );
  }
  return (
    <Drawer headingId={headingId} onClose={onClose}>
      {aside}
    </Drawer>
  );
}

function Drawer({ headingId, onClose, children }: { headingId: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  // As in ModalDialog: no close() in a cleanup (StrictMode's rehearsal would end the real one).
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={headingId}
      onClose={onClose}
      className="m-0 h-dvh max-h-none w-full max-w-none overflow-y-auto bg-neutral-background-default p-4"
    >
      {children}
    </dialog>
  );
}
