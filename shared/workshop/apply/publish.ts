import * as Y from 'yjs';
import { generateNKeysBetween } from 'fractional-indexing';
import { orderedEntries } from '../../plan/items';
import { positionAt } from '../../plan/ordering';
import { readNote } from '../board';
import { NoteKeys } from '../keys';
import { uncountedParticipantIds } from '../people';
import { listPrivateNotes, setPrivateNote, type PrivateNote } from '../privateDoc';
import { notesMap, readMeta } from '../publicDoc';
import { seededShuffle } from '../random';

/**
 * Copying notes from the private doc to the public one. This is the only place a note enters
 * the public doc, and the only place that decides whether its author goes with it.
 */
function publicCopy(note: PrivateNote, position: string, anonymous: boolean): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set(NoteKeys.id, note.id);
  map.set(NoteKeys.position, position);
  map.set(NoteKeys.activityId, note.activityId);
  map.set(NoteKeys.groupId, note.groupId);
  map.set(NoteKeys.clusterId, null);
  map.set(NoteKeys.text, note.text);
  map.set(NoteKeys.hidden, false);
  map.set(NoteKeys.hiddenReason, null);
  // Anonymous: the key is never written, not even as null, so no later code can fill it in by
  // mistake and no gc mode can keep an overwritten author around. A note for the room has no
  // author to show, in any workshop: it is marked instead (and only then, so other notes'
  // public copies stay as they were).
  if (note.forRoom) map.set(NoteKeys.forRoom, true);
  else if (!anonymous) map.set(NoteKeys.authorId, note.authorId);
  return map;
}

/** `count` positions after every note of the board, in order. */
function positionsAtEnd(pub: Y.Doc, activityId: string, count: number): string[] {
  if (count === 0) return [];
  const board = orderedEntries(notesMap(pub)).filter(
    (entry) => readNote(entry.map).activityId === activityId,
  );
  const first = positionAt(board, board.length);
  return [first, ...generateNKeysBetween(first, null, count - 1)];
}

/** Publishes one note at the end of its board (a note written after its brainstorm's reveal). */
export function publishNote(pub: Y.Doc, note: PrivateNote): void {
  const [position] = positionsAtEnd(pub, note.activityId, 1);
  if (position === undefined) return;
  notesMap(pub).set(note.id, publicCopy(note, position, readMeta(pub).anonymous));
}

/**
 * Reveals every unrevealed note of a brainstorm. In an anonymous workshop they are placed in a
 * seeded random order: in the order written, one person's notes would sit together and the
 * board would show who wrote what to anyone who saw one of them being written. Notes of
 * removed people are not revealed in an open workshop (see `uncountedParticipantIds`).
 */
export function revealNotes(pub: Y.Doc, priv: Y.Doc, activityId: string, seed: number): number {
  const removed = uncountedParticipantIds(pub);
  const pending = listPrivateNotes(priv).filter(
    (note) =>
      note.activityId === activityId &&
      !note.revealed &&
      (note.forRoom || !removed.has(note.authorId)),
  );
  const anonymous = readMeta(pub).anonymous;
  const ordered = anonymous ? seededShuffle(pending, seed) : pending;
  const positions = positionsAtEnd(pub, activityId, ordered.length);
  ordered.forEach((note, index) => {
    const position = positions[index];
    if (position === undefined) return;
    notesMap(pub).set(note.id, publicCopy(note, position, anonymous));
    setPrivateNote(priv, { ...note, revealed: true });
  });
  return ordered.length;
}
