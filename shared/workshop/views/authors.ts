import type * as Y from 'yjs';
import { listNotes } from '../board';
import { getPrivateNote } from '../privateDoc';
import { readMeta } from '../publicDoc';

/**
 * Who wrote each revealed note, for facilitators: in an open workshop (it is public anyway) or
 * an anonymous one that said facilitators see authors. Otherwise null, whoever asks — the
 * rule lives here so no caller can forget it. The server must still send it to hosts only.
 * Unrevealed notes are left out: facilitators do not see those either. So are notes written for
 * the room: their writer is not their author.
 */
export function facilitatorAuthors(pub: Y.Doc, priv: Y.Doc): Record<string, string> | null {
  const meta = readMeta(pub);
  if (meta.anonymous && !meta.facilitatorSeesAuthors) return null;
  const authors: Record<string, string> = {};
  for (const note of listNotes(pub)) {
    if (note.forRoom) continue;
    const author = getPrivateNote(priv, note.id)?.authorId;
    if (author !== undefined) authors[note.id] = author;
  }
  return authors;
}
