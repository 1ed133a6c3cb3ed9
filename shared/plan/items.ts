import * as Y from 'yjs';
import { uuidv4 } from 'lib0/random';
import { ItemKeys } from './keys';
import { positionAt, sortByPosition } from './ordering';
import { readString, type ItemMap } from './planDoc';
import { describeValue, joinPath, type ProblemSink } from './schema/problems';
import { isPlainMap } from './schema/yTypes';

/**
 * Ordered collections are a Y.Map keyed by stable id with a fractional `position` per item:
 * moving an item changes one field, so concurrent moves converge (last writer wins) and never
 * duplicate or drop the item the way delete+insert in a Y.Array would.
 */
export interface OrderedEntry {
  id: string;
  position: string;
  map: ItemMap;
}

export function newId(): string {
  return uuidv4().replace(/-/g, '').slice(0, 20);
}

/**
 * The items in their derived order. A value that is not an item (a damaged document: a string
 * where an item belongs) is skipped and told to `report`, under `path` (the collection's).
 */
export function orderedEntries(
  collection: Y.Map<ItemMap>,
  report?: ProblemSink,
  path = '',
): OrderedEntry[] {
  const entries: OrderedEntry[] = [];
  collection.forEach((map: unknown, id) => {
    if (isPlainMap(map)) entries.push({ id, position: readString(map, ItemKeys.position), map });
    else
      report?.({
        path: joinPath(path, id),
        message: `skipped: expected Y.Map, found ${describeValue(map)}`,
      });
  });
  return sortByPosition(entries);
}

/** Inserts a new item at `index` (end when omitted) and returns its map, filled by `fill`. */
export function insertItem(
  collection: Y.Map<ItemMap>,
  options: { id?: string; index?: number },
  fill: (map: ItemMap) => void,
): ItemMap {
  const entries = orderedEntries(collection);
  const id = options.id ?? newId();
  if (collection.has(id)) throw new Error(`item ${id} exists already`);
  const map: ItemMap = new Y.Map();
  map.set(ItemKeys.id, id);
  map.set(ItemKeys.position, positionAt(entries, options.index ?? entries.length));
  fill(map);
  collection.set(id, map);
  return map;
}

/** Moves an item to `index` in the order as it would be without the item. */
export function moveItem(collection: Y.Map<ItemMap>, id: string, index: number): boolean {
  const map: unknown = collection.get(id);
  if (!isPlainMap(map)) return false;
  const others = orderedEntries(collection).filter((entry) => entry.id !== id);
  map.set(ItemKeys.position, positionAt(others, index));
  return true;
}

export function deleteItem(collection: Y.Map<ItemMap>, id: string): boolean {
  if (!collection.has(id)) return false;
  collection.delete(id);
  return true;
}
