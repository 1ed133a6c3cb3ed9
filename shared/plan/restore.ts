import * as Y from 'yjs';
import { ItemKeys } from './keys';
import { strategiesOf } from './focusAreas';
import {
  focusAreasMap,
  metaMap,
  municipality,
  purposeFragment,
  readFragment,
  readString,
  readText,
  readTitle,
  setMunicipality,
  titleText,
  type ItemMap,
} from './planDoc';
import { PROVENANCE_KEY } from './provenance';
import { fragmentToJson, writeJson } from './richText';
import { applyTextChange } from '../text/textDiff';

/**
 * Restores a frozen version into the live document as one forward change: history is kept and
 * replicas merge it like any other edit. Only what differs is written, so someone typing in a
 * part the version does not change keeps their work, even if their edit arrives concurrently.
 */
export function restorePlan(live: Y.Doc, version: Y.Doc): void {
  live.transact(() => {
    applyTextChange(titleText(live), readTitle(version));
    const name = municipality(version);
    if (metaMap(live).get('municipality') !== name) setMunicipality(live, name);
    syncFragment(purposeFragment(live), purposeFragment(version));
    syncCollection(focusAreasMap(live), focusAreasMap(version), syncFocusArea);
  });
}

/** Rich text is replaced whole, and only when it differs: its structure has no stable ids. */
function syncFragment(target: Y.XmlFragment, source: Y.XmlFragment): void {
  const wanted = fragmentToJson(source);
  if (JSON.stringify(fragmentToJson(target)) === JSON.stringify(wanted)) return;
  if (target.length > 0) target.delete(0, target.length);
  writeJson(target, wanted);
}

/**
 * Makes an id-keyed collection hold the source's items: extra ones deleted, missing ones created
 * under the source's id, and positions copied where they differ. Order is derived from
 * (position, id), so equal positions and ids give exactly the source's order.
 */
function syncCollection(
  target: Y.Map<ItemMap>,
  source: Y.Map<ItemMap>,
  syncItem: (target: ItemMap, source: ItemMap) => void,
): void {
  for (const id of [...target.keys()]) if (!source.has(id)) target.delete(id);
  source.forEach((sourceItem, id) => {
    let item = target.get(id);
    if (!item) {
      item = new Y.Map();
      item.set(ItemKeys.id, id);
      // Empty containers of the kinds the source has (focus areas: title and strategies too);
      // their content is written by `syncItem` like any other difference.
      if (sourceItem.has(ItemKeys.title)) item.set(ItemKeys.title, new Y.Text());
      if (sourceItem.has(ItemKeys.strategies)) item.set(ItemKeys.strategies, new Y.Map());
      item.set(ItemKeys.body, new Y.XmlFragment());
      target.set(id, item);
    }
    // Where an item came from (a workshop) is part of the item: a re-created item keeps it.
    const origin: unknown = sourceItem.get(PROVENANCE_KEY);
    if (origin !== undefined && JSON.stringify(item.get(PROVENANCE_KEY)) !== JSON.stringify(origin)) {
      item.set(PROVENANCE_KEY, origin);
    }
    const position = readString(sourceItem, ItemKeys.position);
    if (item.get(ItemKeys.position) !== position) item.set(ItemKeys.position, position);
    syncItem(item, sourceItem);
  });
}

function syncStrategy(target: ItemMap, source: ItemMap): void {
  syncFragment(readFragment(target), readFragment(source));
}

function syncFocusArea(target: ItemMap, source: ItemMap): void {
  applyTextChange(readText(target, ItemKeys.title), readText(source, ItemKeys.title).toString());
  syncFragment(readFragment(target), readFragment(source));
  syncCollection(strategiesOf(target), strategiesOf(source), syncStrategy);
}
