import { useCallback } from 'react';
import type * as Y from 'yjs';
import { listFocusAreas, type FocusAreaRef } from '../../../shared/plan/focusAreas';
import { focusAreasMap } from '../../../shared/plan/planDoc';
import { useOrderedItems } from '../useOrderedItems';

const anchor = (area: FocusAreaRef) => area.title;

/** The plan's focus areas in their derived order (fractional positions, ties by id). */
export function useFocusAreas(doc: Y.Doc): FocusAreaRef[] {
  const list = useCallback(() => listFocusAreas(doc), [doc]);
  return useOrderedItems(focusAreasMap(doc), list, anchor);
}
