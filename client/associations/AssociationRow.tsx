import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssociationSummary } from '../../shared/api/associations';
import { ApiError } from '../http/request';
import { useAnnounce } from '../ui/announcerContext';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { FormMessage } from '../ui/FormMessage';
import { SmallButton } from '../ui/SmallButton';
import { SubmitButton } from '../ui/SubmitButton';
import { TextField } from '../ui/TextField';
import { removeAssociation, renameAssociation } from './associationsApi';
import { useAssociationName } from './useAssociationName';

/** One association: its name, renaming in place, and removal after a confirmation. */
export function AssociationRow({
  planId,
  association,
  others,
  onChanged,
  onRemoved,
}: {
  planId: string;
  association: AssociationSummary;
  others: readonly AssociationSummary[];
  onChanged: () => void;
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const renameButton = useRef<HTMLButtonElement>(null);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const { name } = association;

  const remove = async () => {
    setMessage(null);
    try {
      await removeAssociation(planId, association.id);
      announce(t('associations.removed', { name }));
      onRemoved();
    } catch {
      setMessage(t('associations.failed'));
    }
  };

  return (
    <li className="rounded-md border border-neutral-border-subtle p-3">
      {editing ? (
        <RenameForm
          planId={planId}
          association={association}
          others={others}
          onDone={(renamed) => {
            setEditing(false);
            if (renamed) onChanged();
            requestAnimationFrame(() => renameButton.current?.focus());
          }}
        />
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <span className="ds-paragraph min-w-40 flex-1 break-words">{name}</span>
          <SmallButton
            ref={renameButton}
            variant="tertiary"
            aria-label={t('associations.renameName', { name })}
            onClick={() => setEditing(true)}
          >
            {t('associations.rename')}
          </SmallButton>
          <SmallButton
            variant="tertiary"
            color="danger"
            aria-label={t('associations.removeName', { name })}
            onClick={() => setConfirming(true)}
          >
            {t('associations.remove')}
          </SmallButton>
        </div>
      )}
      <FormMessage message={message} />
      {confirming && (
        <ConfirmDialog
          title={t('associations.removeTitle', { name })}
          text={t('associations.removeText')}
          confirmLabel={t('associations.removeConfirm')}
          cancelLabel={t('associations.cancel')}
          onConfirm={() => void remove()}
          onClose={() => setConfirming(false)}
        />
      )}
    </li>
  );
}

function RenameForm({
  planId,
  association,
  others,
  onDone,
}: {
  planId: string;
  association: AssociationSummary;
  others: readonly AssociationSummary[];
  onDone: (renamed: boolean) => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { field, inputRef, setError, check } = useAssociationName(association.name, others);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The field appears where the button was: put the person in it.
  useEffect(() => inputRef.current?.focus(), [inputRef]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const trimmed = check(association.name);
    if (trimmed === null) return;
    if (trimmed === association.name) return onDone(false);
    setBusy(true);
    try {
      await renameAssociation(planId, association.id, { name: trimmed });
      announce(t('associations.renamed', { name: trimmed }));
      onDone(true);
    } catch (failure) {
      setBusy(false);
      if (failure instanceof ApiError && failure.status === 409)
        setError(t('associations.duplicate', { name: trimmed }));
      else setMessage(t('associations.failed'));
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-3">
      <TextField label={t('associations.renameLabel', { name: association.name })} {...field} />
      <FormMessage message={message} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton
          busy={busy}
          label={t('associations.save')}
          busyLabel={t('associations.saving')}
        />
        <button
          type="button"
          className="ds-button"
          data-variant="secondary"
          onClick={() => onDone(false)}
        >
          {t('associations.cancel')}
        </button>
      </div>
    </form>
  );
}
