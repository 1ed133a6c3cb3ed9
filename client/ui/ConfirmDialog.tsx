import { useRef, type ReactNode } from 'react';
import { ModalDialog } from './ModalDialog';

type Props = {
  title: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onClose: () => void;
} & (
  | { text: string; children?: never }
  /** The body, where one line of text is not enough (a choice to make before confirming). */
  | { text?: never; children: ReactNode }
);

/** "Are you sure?" for actions that take something away; focus starts on the safe choice. */
export function ConfirmDialog({
  title,
  text,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onClose,
  children,
}: Props) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog title={title} onClose={onClose} initialFocus={cancelRef}>
      {(close) => (
        <>
          {children ?? <p className="ds-paragraph mb-6">{text}</p>}
          <div className="flex flex-wrap gap-3">
            <button
              type="button"
              className="ds-button"
              data-variant="primary"
              data-color="danger"
              onClick={() => {
                onConfirm();
                close();
              }}
            >
              {confirmLabel}
            </button>
            <button
              ref={cancelRef}
              type="button"
              className="ds-button"
              data-variant="secondary"
              onClick={close}
            >
              {cancelLabel}
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
