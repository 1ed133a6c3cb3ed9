import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputItem } from '../../../shared/api/inputs';
import { deleteInput } from '../../http/inputsApi';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormMessage } from '../../ui/FormMessage';

/** Deletes an input and its attachments for good, after asking. */
export function DeleteInput({
  planId,
  input,
  onDeleted,
}: {
  planId: string;
  input: InputItem;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await deleteInput(planId, input.id);
      onDeleted();
    } catch {
      setError(t('inbox.delete.failed'));
      setBusy(false);
    }
  };

  return (
    <section
      aria-labelledby="delete-input-heading"
      className="mb-8 border-t border-neutral-border-subtle pt-6"
    >
      <h2 id="delete-input-heading" className="ds-heading mb-2" data-size="xs">
        {t('inbox.delete.heading')}
      </h2>
      <p className="ds-paragraph mb-4" data-size="sm">
        {t('inbox.delete.intro')}
      </p>
      <button
        type="button"
        className="ds-button"
        data-variant="secondary"
        data-color="danger"
        aria-disabled={busy || undefined}
        onClick={() => !busy && setAsking(true)}
      >
        {busy
          ? t('inbox.delete.deleting')
          : t('inbox.delete.button', { reference: input.reference })}
      </button>
      <FormMessage message={error} />
      {asking && (
        <ConfirmDialog
          title={t('inbox.delete.title', { reference: input.reference })}
          text={t('inbox.delete.text')}
          confirmLabel={t('inbox.delete.confirm')}
          cancelLabel={t('inbox.delete.cancel')}
          onConfirm={() => void remove()}
          onClose={() => setAsking(false)}
        />
      )}
    </section>
  );
}
