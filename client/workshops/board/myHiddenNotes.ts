import type { HideReason } from '../../../shared/workshop/types';
import type { WorkshopView } from '../../../shared/workshop/views/workshopView';
import type { MyPrivateView } from '../../../shared/workshop/views/privateView';

export interface MyHiddenNote {
  id: string;
  /** From the author's own private view: the public doc no longer holds a hidden note's text. */
  text: string;
  reason: HideReason;
}

/**
 * The author's notes a facilitator has hidden. Only the author's private view says which notes
 * are theirs, so only they can be told (also in anonymous workshops).
 */
export function myHiddenNotes(view: WorkshopView, mine: MyPrivateView | null): MyHiddenNote[] {
  if (!mine) return [];
  const texts = new Map(mine.notes.map((note) => [note.id, note.text]));
  return view.notes.flatMap((note) => {
    const text = texts.get(note.id);
    return note.hidden && text !== undefined
      ? [{ id: note.id, text, reason: note.hiddenReason ?? 'other' }]
      : [];
  });
}
