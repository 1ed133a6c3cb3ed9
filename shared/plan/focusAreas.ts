import * as Y from 'yjs';
import { ItemKeys } from './keys';
import { deleteItem, insertItem, moveItem, orderedEntries, type OrderedEntry } from './items';
import { focusAreasMap, readFragment, readString, readText, type ItemMap } from './planDoc';
import { applyTextChange } from '../text/textDiff';

export interface FocusAreaRef {
  id: string;
  position: string;
  title: Y.Text;
  body: Y.XmlFragment;
  strategies: Y.Map<ItemMap>;
}

function toRef(entry: OrderedEntry): FocusAreaRef {
  return {
    id: entry.id,
    position: entry.position,
    title: readText(entry.map, ItemKeys.title),
    body: readFragment(entry.map),
    strategies: strategiesOf(entry.map),
  };
}

export function strategiesOf(focusArea: ItemMap): Y.Map<ItemMap> {
  const value = focusArea.get(ItemKeys.strategies);
  if (value instanceof Y.Map) return value as Y.Map<ItemMap>;
  throw new Error('focus area has no strategies map');
}

export function listFocusAreas(doc: Y.Doc): FocusAreaRef[] {
  return orderedEntries(focusAreasMap(doc)).map(toRef);
}

export function getFocusArea(doc: Y.Doc, id: string): FocusAreaRef | null {
  const map = focusAreasMap(doc).get(id);
  if (!map) return null;
  return toRef({ id, position: readString(map, ItemKeys.position), map });
}

export function addFocusArea(
  doc: Y.Doc,
  options: { title?: string; index?: number; id?: string } = {},
): string {
  let id = '';
  doc.transact(() => {
    const map = insertItem(focusAreasMap(doc), options, (item) => {
      item.set(ItemKeys.title, new Y.Text(options.title ?? ''));
      item.set(ItemKeys.body, new Y.XmlFragment());
      item.set(ItemKeys.strategies, new Y.Map());
    });
    id = map.get(ItemKeys.id) as string;
  });
  return id;
}

/**
 * Replaces only the span that differs: rewriting the whole title would turn two concurrent
 * renames into both titles glued together and wipe out anyone typing elsewhere in it.
 */
export function renameFocusArea(doc: Y.Doc, id: string, title: string): boolean {
  const area = getFocusArea(doc, id);
  if (!area) return false;
  applyTextChange(area.title, title);
  return true;
}

export function moveFocusArea(doc: Y.Doc, id: string, index: number): boolean {
  return moveItem(focusAreasMap(doc), id, index);
}

export function deleteFocusArea(doc: Y.Doc, id: string): boolean {
  return deleteItem(focusAreasMap(doc), id);
}
