import { createContext, useContext } from 'react';
import type { Deletion } from './useDeletionUndo';

/** Runs a deletion so it can be undone from the toast. */
export type DeleteWithUndo = (deletion: Deletion, change: () => void) => void;

export const DeletionContext = createContext<DeleteWithUndo | null>(null);

export function useDeletion(): DeleteWithUndo {
  const remove = useContext(DeletionContext);
  if (!remove) throw new Error('useDeletion must be used inside DeletionContext');
  return remove;
}
