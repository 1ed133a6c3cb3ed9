import * as Y from 'yjs';
import { ItemKeys, PlanKeys } from './keys';
import { joinPath, type ProblemSink } from './schema/problems';
import { isPlainMap } from './schema/yTypes';
import { deleteItem, insertItem, moveItem, orderedEntries } from './items';
import { focusAreasMap, readFragment, type ItemMap } from './planDoc';
import { strategiesOf } from './focusAreas';

export interface StrategyRef {
  id: string;
  position: string;
  body: Y.XmlFragment;
}

function strategiesIn(doc: Y.Doc, focusAreaId: string): Y.Map<ItemMap> | null {
  const area: unknown = focusAreasMap(doc).get(focusAreaId);
  return isPlainMap(area) ? strategiesOf(area) : null;
}

/** The strategies in order; one without a usable body is skipped and told to `report`. */
export function listStrategies(
  doc: Y.Doc,
  focusAreaId: string,
  report?: ProblemSink,
): StrategyRef[] {
  const collection = strategiesIn(doc, focusAreaId);
  if (!collection) return [];
  const path = joinPath(PlanKeys.focusAreas, focusAreaId, ItemKeys.strategies);
  return orderedEntries(collection, report, path).flatMap((entry) => {
    const body = readFragment(entry.map);
    if (body) return [{ id: entry.id, position: entry.position, body }];
    report?.({ path: joinPath(path, entry.id), message: 'skipped: no usable body' });
    return [];
  });
}

export function addStrategy(
  doc: Y.Doc,
  focusAreaId: string,
  options: { index?: number; id?: string } = {},
): string | null {
  const collection = strategiesIn(doc, focusAreaId);
  if (!collection) return null;
  let id = '';
  doc.transact(() => {
    const map = insertItem(collection, options, (item) => {
      item.set(ItemKeys.body, new Y.XmlFragment());
    });
    id = map.get(ItemKeys.id) as string;
  });
  return id;
}

/** Moves a strategy within its focus area. */
export function moveStrategy(doc: Y.Doc, focusAreaId: string, id: string, index: number): boolean {
  const collection = strategiesIn(doc, focusAreaId);
  return collection ? moveItem(collection, id, index) : false;
}

export function deleteStrategy(doc: Y.Doc, focusAreaId: string, id: string): boolean {
  const collection = strategiesIn(doc, focusAreaId);
  return collection ? deleteItem(collection, id) : false;
}
