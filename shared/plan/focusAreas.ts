import * as Y from 'yjs';
import { ItemKeys, PlanKeys } from './keys';
import { deleteItem, insertItem, moveItem, orderedEntries, type OrderedEntry } from './items';
import { focusAreasMap, readFragment, readString, readText, type ItemMap } from './planDoc';
import { applyTextChange } from '../text/textDiff';
import { joinPath, type ProblemSink } from './schema/problems';
import { isPlainMap } from './schema/yTypes';

export interface FocusAreaRef {
  id: string;
  position: string;
  title: Y.Text;
  body: Y.XmlFragment;
  strategies: Y.Map<ItemMap>;
}

/**
 * The focus area's live parts, or null (told to `report`) when one is missing or of the wrong
 * type: the editor can only bind to real Y types, and one damaged area must not take the whole
 * plan down with it. `npm run admin -- check-docs --repair` gives such an area its parts back.
 */
function toRef(entry: OrderedEntry, report?: ProblemSink): FocusAreaRef | null {
  const title = readText(entry.map, ItemKeys.title);
  const body = readFragment(entry.map);
  const strategies = strategiesOf(entry.map);
  if (title && body && strategies) {
    return { id: entry.id, position: entry.position, title, body, strategies };
  }
  const missing = [
    !title && ItemKeys.title,
    !body && ItemKeys.body,
    !strategies && ItemKeys.strategies,
  ];
  report?.({
    path: joinPath(PlanKeys.focusAreas, entry.id),
    message: `skipped: no usable ${missing.filter((key) => key !== false).join(', ')}`,
  });
  return null;
}

/** The focus area's strategies, or null when it has none of the right type (damaged). */
export function strategiesOf(focusArea: ItemMap): Y.Map<ItemMap> | null {
  const value = focusArea.get(ItemKeys.strategies);
  return isPlainMap(value) ? (value as Y.Map<ItemMap>) : null;
}

export function listFocusAreas(doc: Y.Doc, report?: ProblemSink): FocusAreaRef[] {
  return orderedEntries(focusAreasMap(doc), report, PlanKeys.focusAreas).flatMap(
    (entry) => toRef(entry, report) ?? [],
  );
}

export function getFocusArea(doc: Y.Doc, id: string, report?: ProblemSink): FocusAreaRef | null {
  const map: unknown = focusAreasMap(doc).get(id);
  if (!isPlainMap(map)) return null;
  return toRef({ id, position: readString(map, ItemKeys.position), map }, report);
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
