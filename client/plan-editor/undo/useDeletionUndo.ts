import { useCallback, useEffect, useState } from 'react';
import * as Y from 'yjs';
import { focusAreasMap } from '../../../shared/plan/planDoc';

/** Transactions with this origin are deletions this person made and may take back. */
export const DELETE_ORIGIN = { name: 'plan-editor:delete' } as const;

export interface Deletion {
  message: string;
  /** Where focus goes after the deletion is undone (selectors tried in order). */
  focusAfterUndo: readonly string[];
}

/**
 * Deleting a focus area or strategy can be taken back. A Y.UndoManager scoped to the focus-area
 * collection tracks only our deletions (not typing, not others' changes), one step each;
 * undoing restores the item with its text, strategies and position.
 */
export function useDeletionUndo(doc: Y.Doc) {
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  const [last, setLast] = useState<Deletion | null>(null);

  useEffect(() => {
    const undoManager = new Y.UndoManager(focusAreasMap(doc), {
      trackedOrigins: new Set([DELETE_ORIGIN]),
      captureTimeout: 0,
    });
    setManager(undoManager);
    return () => {
      undoManager.destroy();
      setManager(null);
      setLast(null);
    };
  }, [doc]);

  const remove = useCallback(
    (deletion: Deletion, change: () => void) => {
      doc.transact(change, DELETE_ORIGIN);
      setLast(deletion);
    },
    [doc],
  );

  const undo = useCallback((): Deletion | null => {
    if (!manager || !last || manager.undoStack.length === 0) return null;
    manager.undo();
    setLast(null);
    return last;
  }, [manager, last]);

  const dismiss = useCallback(() => setLast(null), []);

  return { last, remove, undo, dismiss };
}
