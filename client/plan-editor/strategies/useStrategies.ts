import { useCallback } from 'react';
import type * as Y from 'yjs';
import { listStrategies, type StrategyRef } from '../../../shared/plan/strategies';
import type { ItemMap } from '../../../shared/plan/planDoc';
import { useOrderedItems } from '../useOrderedItems';

const anchor = (strategy: StrategyRef) => strategy.body;

/** One focus area's strategies in their derived order. */
export function useStrategies(
  doc: Y.Doc,
  focusAreaId: string,
  collection: Y.Map<ItemMap>,
): StrategyRef[] {
  const list = useCallback(() => listStrategies(doc, focusAreaId), [doc, focusAreaId]);
  return useOrderedItems(collection, list, anchor);
}
