import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrainstormActivity } from '../../../../shared/workshop/types';
import type { MyPrivateView } from '../../../../shared/workshop/views/privateView';
import type { WorkshopView } from '../../../../shared/workshop/views/workshopView';
import { FormMessage } from '../../../ui/FormMessage';
import { SubmitButton } from '../../../ui/SubmitButton';
import { groupLabel } from '../../groups/groupLabel';
import { useSendAction, type Send } from '../../useSendAction';

/**
 * The lead page's "write for the room" form: a facilitator types what someone without a phone
 * says. Focus stays in the text area after adding, so the next note can be typed at once; the
 * success is announced politely. During breakouts the note can go to one group's board.
 */
export function WriteForRoom({
  activity,
  view,
  mine,
  send,
}: {
  activity: BrainstormActivity;
  view: WorkshopView;
  mine: MyPrivateView | null;
  send: Send;
}) {
  const { t } = useTranslation();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const { run, busy, error } = useSendAction(send);
  const [text, setText] = useState('');
  const [groupId, setGroupId] = useState('');
  const [missing, setMissing] = useState(false);
  const groups = view.groups.filter((group) => group.open);
  // A group chosen before the breakout ended falls back to the shared board.
  const target = groups.some((group) => group.id === groupId) ? groupId : '';
  const written = (mine?.roomNotes ?? []).filter((note) => note.activityId === activity.id);

  const add = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    if (!text.trim()) {
      setMissing(true);
      area.current?.focus();
      return;
    }
    setMissing(false);
    const ok = await run(
      {
        type: 'addNote',
        activityId: activity.id,
        text,
        forRoom: true,
        ...(groups.length > 0 ? { groupId: target === '' ? null : target } : {}),
      },
      t('workshopForRoom.added'),
    );
    if (ok) setText('');
    area.current?.focus();
  };
  // Ctrl+Enter (⌘+Enter) adds without leaving the text area; Enter alone is a new line.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void add(event);
  };

  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="rounded-md border border-neutral-border-subtle p-3"
    >
      <h3 id={`${id}-heading`} className="ds-heading mb-1" data-size="2xs">
        {t('workshopForRoom.heading')}
      </h3>
      <p id={`${id}-hint`} className="mb-2 text-sm text-neutral-text-subtle">
        {t('workshopForRoom.hint')}
      </p>
      <form
        onSubmit={(event) => void add(event)}
        noValidate
        className="flex flex-col gap-3"
        data-testid="write-for-room"
      >
        <div className="ds-field">
          <label className="ds-label" htmlFor={`${id}-text`}>
            {t('workshopForRoom.label')}
          </label>
          <textarea
            id={`${id}-text`}
            ref={area}
            className="ds-input"
            rows={2}
            value={text}
            aria-invalid={missing ? true : undefined}
            aria-describedby={missing ? `${id}-error ${id}-hint` : `${id}-hint`}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
          />
          {missing && (
            <p className="ds-validation-message" data-color="danger" id={`${id}-error`}>
              {t('workshopForRoom.required')}
            </p>
          )}
        </div>
        {groups.length > 0 && (
          <div className="ds-field">
            <label className="ds-label" htmlFor={`${id}-group`}>
              {t('workshopForRoom.group')}
            </label>
            <select
              id={`${id}-group`}
              className="ds-input"
              value={target}
              onChange={(event) => setGroupId(event.target.value)}
            >
              <option value="">{t('workshopForRoom.plenary')}</option>
              {groups.map((group) => (
                <option key={group.id} value={group.id}>
                  {groupLabel(group, t)}
                </option>
              ))}
            </select>
          </div>
        )}
        <SubmitButton busy={busy} label={t('workshopForRoom.add')} />
        <FormMessage message={error} />
      </form>
      {written.length > 0 && (
        <p className="mt-2 text-sm" data-testid="room-notes-written">
          {t('workshopForRoom.written', { count: written.length })}
          {!activity.notesRevealed && ` ${t('workshopForRoom.waiting')}`}
        </p>
      )}
    </section>
  );
}
