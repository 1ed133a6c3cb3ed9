import type * as Y from 'yjs';
import { uncountedParticipantIds } from '../../people';
import { listPrivateNotes } from '../../privateDoc';
import { writeTally } from '../../tallies';

/**
 * How many notes were written (by people still counted, and for the room); the notes themselves
 * stay private.
 */
export function recountBrainstorm(pub: Y.Doc, priv: Y.Doc, activityId: string): void {
  const removed = uncountedParticipantIds(pub);
  const notes = listPrivateNotes(priv).filter(
    (note) => note.activityId === activityId && (note.forRoom || !removed.has(note.authorId)),
  );
  writeTally(pub, activityId, { kind: 'brainstorm', notes: notes.length });
}
