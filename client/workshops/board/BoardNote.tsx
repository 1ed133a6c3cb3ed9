import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HideReason, Note } from '../../../shared/workshop/types';
import { SmallButton } from '../../ui/SmallButton';
import { RoomMark } from '../kinds/brainstorm/RoomMark';
import { HideNoteDialog } from './HideNoteDialog';

export interface MoveTarget {
  id: string | null;
  title: string | null;
}

interface Props {
  note: Note;
  /** "Not sorted" first, then the clusters of the note's section. */
  targets: MoveTarget[];
  /** May move this note (sorting is open and this person may sort). */
  canMove: boolean;
  /** Facilitators: hide and unhide. */
  moderate: boolean;
  busy: boolean;
  onMove: (target: MoveTarget) => void;
  onHide: (reason: HideReason) => void;
  onUnhide: () => void;
  drag: {
    draggable: boolean;
    onDragStart: (event: DragEvent<HTMLElement>) => void;
    onDragEnd: () => void;
  } | null;
}

/**
 * One note on the board. Moving is a "Move to" select with a button, so it works by keyboard and
 * on a phone; dragging the card (mouse) does the same. Nothing moves until "Move" is pressed, so
 * browsing the list of clusters never changes the board (WCAG 3.2.2).
 */
export function BoardNote({
  note,
  targets,
  canMove,
  moderate,
  busy,
  onMove,
  onHide,
  onUnhide,
  drag,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState<string>(note.clusterId ?? '');
  const [hiding, setHiding] = useState(false);
  const reason = note.hiddenReason
    ? t(`workshopBoard.moderation.reasons.${note.hiddenReason}`)
    : '';
  const label = note.hidden ? t('workshopBoard.moderation.hiddenNote', { reason }) : note.text;
  const move = () => {
    const target = targets.find((candidate) => (candidate.id ?? '') === choice);
    if (target && target.id !== note.clusterId) onMove(target);
  };

  return (
    <li
      className={`flex flex-col gap-2 rounded-md border p-3 ${
        note.hidden
          ? 'border-dashed border-neutral-border-default bg-neutral-background-default'
          : 'border-neutral-border-subtle bg-neutral-background-tinted'
      } ${drag ? 'cursor-grab' : ''}`}
      data-testid="board-note"
      data-note-id={note.id}
      {...(drag && !note.hidden ? drag : {})}
    >
      <p
        id={`${id}-text`}
        className={`whitespace-pre-wrap break-words ${note.hidden ? 'italic text-neutral-text-subtle' : ''}`}
      >
        {label}
      </p>
      {note.forRoom && <RoomMark />}
      {canMove && !note.hidden && (
        <div className="flex flex-wrap items-end gap-2">
          <div className="ds-field min-w-0 flex-1 basis-40">
            <label
              id={`${id}-label`}
              className="ds-label"
              data-weight="regular"
              htmlFor={`${id}-move`}
            >
              {t('workshopBoard.board.moveLabel')}
            </label>
            {/* Named "Move to <note text>", so each note's select is told apart in a list of them. */}
            <select
              id={`${id}-move`}
              aria-labelledby={`${id}-label ${id}-text`}
              className="ds-input"
              data-size="sm"
              data-move-select={note.id}
              value={choice}
              onChange={(event) => setChoice(event.target.value)}
            >
              {targets.map((target) => (
                <option key={target.id ?? ''} value={target.id ?? ''}>
                  {target.title ?? t('workshopBoard.board.unsorted')}
                </option>
              ))}
            </select>
          </div>
          <SmallButton
            variant="secondary"
            disabled={busy}
            aria-describedby={`${id}-text`}
            onClick={move}
          >
            {t('workshopBoard.board.move')}
          </SmallButton>
        </div>
      )}
      {moderate && (
        <div>
          {note.hidden ? (
            <SmallButton
              variant="tertiary"
              disabled={busy}
              aria-label={t('workshopBoard.moderation.unhideNote', { reason })}
              onClick={onUnhide}
            >
              {t('workshopBoard.moderation.unhide')}
            </SmallButton>
          ) : (
            <SmallButton
              variant="tertiary"
              color="danger"
              disabled={busy}
              aria-label={t('workshopBoard.moderation.hideNote', { text: note.text })}
              onClick={() => setHiding(true)}
            >
              {t('workshopBoard.moderation.hide')}
            </SmallButton>
          )}
        </div>
      )}
      {hiding && (
        <HideNoteDialog text={note.text} onHide={onHide} onClose={() => setHiding(false)} />
      )}
    </li>
  );
}
