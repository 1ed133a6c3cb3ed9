import type * as Y from 'yjs';
import { fail, OK, WorkshopErrorCode as E, type Validation } from '../../errors';
import { WorkshopLimits } from '../../limits';
import { listPrivateNotes, type PrivateNote } from '../../privateDoc';

/**
 * "Write for the room": a facilitator types in what people without a phone say. Such a note is
 * the room's, not the facilitator's: it is shown as "written for the room" and never with its
 * author (in an anonymous workshop a facilitator's name beside it would tell the room who typed
 * it, and in an open one it would credit the wrong person), it counts in the brainstorm's tally
 * and is clustered and voted on like any note, but it does not use the writer's own notes.
 * The private doc still keeps who wrote it, so only they can edit or delete it.
 */

/** Only people who run the workshop write for the room; participants are refused, not ignored. */
export const ROOM_NOTES_FOR_HOSTS = fail(E.Forbidden, 'only facilitators write for the room');

/** A facilitator's note for the room, within the room's own limit. */
export function checkRoomNote(priv: Y.Doc, activityId: string): Validation {
  const written = listPrivateNotes(priv).filter(
    (note) => note.activityId === activityId && note.forRoom,
  );
  if (written.length >= WorkshopLimits.roomNotesPerActivity) {
    return fail(E.LimitReached, 'too many notes written for the room in this activity');
  }
  return OK;
}

/** A person's own notes in a brainstorm, for their limit: notes for the room are not theirs. */
export function ownNotes(priv: Y.Doc, participantId: string, activityId: string): PrivateNote[] {
  return listPrivateNotes(priv).filter(
    (note) => note.activityId === activityId && note.authorId === participantId && !note.forRoom,
  );
}
