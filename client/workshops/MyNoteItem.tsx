import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyNote } from '../../shared/workshop/views/privateView';
import { FormMessage } from '../ui/FormMessage';
import { SaveCancelButtons } from '../ui/SaveCancelButtons';
import { SmallButton } from '../ui/SmallButton';
import { useSendAction, type Send } from './useSendAction';

/** One of my own notes: its text, and edit (in place) and delete while input is open. */
export function MyNoteItem({
  note,
  send,
  disabled,
}: {
  note: MyNote;
  send: Send;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { run, busy, error } = useSendAction(send);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  const editButton = useRef<HTMLButtonElement>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    if (await run({ type: 'editNote', noteId: note.id, text }, t('workshop.notes.saved'))) {
      setEditing(false);
      requestAnimationFrame(() => editButton.current?.focus());
    }
  };

  if (editing)
    return (
      <li className="rounded-md border border-neutral-border-default p-3">
        <form onSubmit={(event) => void save(event)} className="flex flex-col gap-2">
          <div className="ds-field">
            <label className="ds-label" htmlFor={id}>
              {t('workshop.notes.editLabel')}
            </label>
            <textarea
              id={id}
              className="ds-input"
              rows={3}
              value={text}
              // eslint-disable-next-line jsx-a11y/no-autofocus -- focus follows the edit button
              autoFocus
              onChange={(event) => setText(event.target.value)}
            />
          </div>
          <div className="flex flex-wrap gap-2">
            <SaveCancelButtons
              saveLabel={t('workshop.notes.save')}
              cancelLabel={t('workshop.notes.cancel')}
              busy={busy}
              onCancel={() => {
                setText(note.text);
                setEditing(false);
              }}
            />
          </div>
          <FormMessage message={error} />
        </form>
      </li>
    );

  return (
    <li className="rounded-md border border-neutral-border-subtle p-3">
      <p className="whitespace-pre-wrap break-words">{note.text}</p>
      {note.revealed && (
        <p className="text-sm text-neutral-text-subtle">({t('workshop.notes.shown')})</p>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        <SmallButton
          ref={editButton}
          variant="tertiary"
          disabled={disabled}
          aria-label={t('workshop.notes.editNote', { text: note.text })}
          onClick={() => setEditing(true)}
        >
          {t('workshop.notes.edit')}
        </SmallButton>
        <SmallButton
          variant="tertiary"
          color="danger"
          disabled={disabled || busy}
          aria-label={t('workshop.notes.deleteNote', { text: note.text })}
          onClick={() =>
            void run({ type: 'deleteNote', noteId: note.id }, t('workshop.notes.deleted'))
          }
        >
          {t('workshop.notes.delete')}
        </SmallButton>
      </div>
      <FormMessage message={error} />
    </li>
  );
}
