import { useTranslation } from 'react-i18next';
import type { Note } from '../../../shared/workshop/types';
import { RoomMark } from '../kinds/brainstorm/RoomMark';
import { UseButton } from './UseButton';

/**
 * Notes as a list, each with its votes and (in open workshops only) its author. `authors` comes
 * from the public doc, which never has one in an anonymous workshop.
 */
export function NoteList({
  notes,
  votes,
  authors,
}: {
  notes: readonly Note[];
  votes: ReadonlyMap<string, number>;
  authors: ReadonlyMap<string, string> | null;
}) {
  const { t } = useTranslation();
  return (
    <ul className="flex flex-col gap-2">
      {notes.map((note) => {
        const count = votes.get(note.id) ?? 0;
        const author = note.authorId === null ? undefined : authors?.get(note.authorId);
        return (
          <li
            key={note.id}
            className="flex flex-wrap items-start justify-between gap-2 rounded-md border border-neutral-border-subtle bg-neutral-background-default p-3"
            data-testid="result-note"
          >
            <div className="min-w-0 flex-1">
              <p className="whitespace-pre-wrap break-words">{note.text}</p>
              {(count > 0 || author || note.forRoom) && (
                <p className="mt-1 text-sm text-neutral-text-subtle">
                  {[count > 0 ? t('workshopResults.noteVotes', { count }) : null, author ? t('workshopResults.by', { name: author }) : null]
                    .filter(Boolean)
                    .join(' · ')}
                  {/* Instead of an author: a note for the room never has one. */}
                  {note.forRoom && (
                    <>
                      {count > 0 ? ' · ' : null}
                      <RoomMark className="" />
                    </>
                  )}
                </p>
              )}
            </div>
            <UseButton source={{ kind: 'note', noteId: note.id }} label={note.text} />
          </li>
        );
      })}
    </ul>
  );
}
