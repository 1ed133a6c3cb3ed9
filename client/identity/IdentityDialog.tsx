import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Identity } from './identity';
import { IdentityForm } from './IdentityForm';

interface Props {
  initial: Identity | null;
  onSave: (identity: Identity) => void;
  onClose: () => void;
}

/**
 * A native modal dialog: the browser keeps focus inside, closes it on Escape and returns focus to
 * the button that opened it. `onClose` fires after any way of closing (save, cancel, Escape).
 */
export function IdentityDialog({ initial, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();

  // No close() in a cleanup: StrictMode's rehearsal unmount would queue a close event that ends
  // the real dialog. Every way out goes through close(), so the browser restores focus.
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog ref={ref} className="ds-dialog" aria-labelledby={headingId} onClose={onClose}>
      <h2 id={headingId} className="ds-heading mb-6" data-size="sm">
        {t('identity.dialogTitle')}
      </h2>
      <IdentityForm
        initial={initial}
        submitLabel={t('identity.save')}
        onSubmit={(identity) => {
          onSave(identity);
          ref.current?.close();
        }}
        onCancel={() => ref.current?.close()}
        focusOnMount
      />
    </dialog>
  );
}
