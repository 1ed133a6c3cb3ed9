import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrainstormActivity } from '../../shared/workshop/types';
import type { WorkshopView } from '../../shared/workshop/views/workshopView';
import type { MyPrivateView } from '../../shared/workshop/views/privateView';
import { SubmitButton } from '../ui/SubmitButton';
import { FormMessage } from '../ui/FormMessage';
import { MyNoteItem } from './MyNoteItem';
import { RevealedNotes } from './RevealedNotes';
import { useSendAction, type Send } from './useSendAction';
import { useRevealedNotesAnnouncement } from './useCountAnnouncement';

interface Props {
  activity: BrainstormActivity;
  view: WorkshopView;
  mine: MyPrivateView | null;
  send: Send;
  locked: boolean;
}

/** A participant's brainstorm: write notes, see and change my own, and the revealed ones. */
export function BrainstormPanel({ activity, view, mine, send, locked }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { run, busy, error } = useSendAction(send);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const myNotes = (mine?.notes ?? []).filter((note) => note.activityId === activity.id);
  const open = activity.state === 'active' && !locked;
  const revealed = view.notes.filter((note) => note.activityId === activity.id);
  useRevealedNotesAnnouncement(
    activity.notesRevealed ? revealed.filter((note) => !note.hidden).length : 0,
  );

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!text.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const ok = await run(
      { type: 'addNote', activityId: activity.id, text },
      t('workshop.notes.added'),
    );
    if (ok) setText('');
  };

  return (
    <div>
      {open && (
        <form onSubmit={(event) => void add(event)} noValidate className="mb-6 flex flex-col gap-3">
          <div className="ds-field">
            <label className="ds-label" htmlFor={id}>
              {t('workshop.notes.label')}
            </label>
            <textarea
              id={id}
              className="ds-input"
              rows={3}
              value={text}
              aria-invalid={missing ? true : undefined}
              aria-describedby={missing ? `${id}-error` : undefined}
              onChange={(event) => setText(event.target.value)}
            />
            {missing && (
              <p className="ds-validation-message" data-color="danger" id={`${id}-error`}>
                {t('workshop.notes.required')}
              </p>
            )}
          </div>
          <SubmitButton busy={busy} label={t('workshop.notes.add')} />
          <FormMessage message={error} />
        </form>
      )}
      <section aria-labelledby="my-notes-heading">
        <h3 id="my-notes-heading" className="ds-heading mb-1" data-size="xs">
          {t('workshop.notes.mine')}
        </h3>
        {!activity.notesRevealed && (
          <p className="mb-3 text-neutral-text-subtle">{t('workshop.notes.private')}</p>
        )}
        {myNotes.length === 0 ? (
          <p className="ds-paragraph">{t('workshop.notes.noneMine')}</p>
        ) : (
          <ul className="flex flex-col gap-2" data-testid="my-notes">
            {myNotes.map((note) => (
              <MyNoteItem key={note.id} note={note} send={send} disabled={!open} />
            ))}
          </ul>
        )}
      </section>
      {activity.notesRevealed && <RevealedNotes notes={revealed} />}
    </div>
  );
}
