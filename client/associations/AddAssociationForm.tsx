import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssociationSummary } from '../../shared/api/associations';
import { useAnnounce } from '../ui/announcerContext';
import { FormMessage } from '../ui/FormMessage';
import { SubmitButton } from '../ui/SubmitButton';
import { TextField } from '../ui/TextField';
import { addAssociation } from './associationsApi';
import { useAssociationName } from './useAssociationName';
import { ApiError } from '../http/request';

export function AddAssociationForm({
  planId,
  existing,
  onAdded,
}: {
  planId: string;
  existing: readonly AssociationSummary[];
  onAdded: () => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { field, inputRef, setName, setError, check } = useAssociationName('', existing);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const trimmed = check();
    if (trimmed === null) return;
    setBusy(true);
    setMessage(null);
    try {
      await addAssociation(planId, { name: trimmed });
      setName('');
      announce(t('associations.added', { name: trimmed }));
      onAdded();
      inputRef.current?.focus();
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 409)
        setError(t('associations.duplicate', { name: trimmed }));
      else setMessage(t('associations.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-4">
      <TextField label={t('associations.nameLabel')} {...field} />
      <FormMessage message={message} />
      <SubmitButton
        busy={busy}
        label={t('associations.add')}
        busyLabel={t('associations.adding')}
      />
    </form>
  );
}
