import { useTranslation } from 'react-i18next';
import type { Note } from '../../shared/workshop/types';
import { ParticipantBoard } from './board/ParticipantBoard';
import { RoomMark } from './kinds/brainstorm/RoomMark';
import { useParticipantBoardSession } from './board/participantBoardContext';

/**
 * The notes shown to everyone for one brainstorm (the parent announces new ones). On the
 * participant page (inside ParticipantBoardContext) this is the clustering board; elsewhere a
 * plain list.
 */
export function RevealedNotes({
  notes,
  headingLevel = 3,
}: {
  notes: Note[];
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const session = useParticipantBoardSession();
  if (session) return <ParticipantBoard {...session} headingLevel={headingLevel} />;
  const visible = notes.filter((note) => !note.hidden);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="revealed-heading" className="mt-6">
      <Heading id="revealed-heading" className="ds-heading mb-1" data-size="xs">
        {t('workshop.notes.revealedHeading')}
      </Heading>
      <p className="mb-3 text-neutral-text-subtle">
        {t('workshop.notes.revealedCount', { count: visible.length })}
      </p>
      {visible.length === 0 ? (
        <p className="ds-paragraph">{t('workshop.notes.noneRevealed')}</p>
      ) : (
        <ul className="grid gap-2 sm:grid-cols-2" data-testid="revealed-notes">
          {visible.map((note) => (
            <li
              key={note.id}
              className="rounded-md border border-neutral-border-subtle bg-neutral-background-tinted p-3 whitespace-pre-wrap break-words"
            >
              {note.text}
              {note.forRoom && (
                <>
                  <br />
                  <RoomMark />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
