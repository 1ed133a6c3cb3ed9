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
import { joinPath, type ProblemSink } from './schema/problems';
import { repairPlanDoc } from './schema/repairPlanDoc';

/** A copy of the version that fits the shape, so every part the sync reads is there. */
function fittingCopy(version: Y.Doc, report?: ProblemSink): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(version));
  for (const problem of repairPlanDoc(copy))
    report?.({ ...problem, path: joinPath('version', problem.path) });
  return copy;
}

/**
 * Restores a frozen version into the live document as one forward change: history is kept and
 * replicas merge it like any other edit. Only what differs is written, so someone typing in a
 * part the version does not change keeps their work, even if their edit arrives concurrently.
 * Either document may be damaged (see planShape.ts): the live one is repaired in the same
 * change, the version is read from a repaired copy, and what was repaired is told to `report`.
 * Afterwards the live document fits the shape.
 */
export function restorePlan(live: Y.Doc, version: Y.Doc, report?: ProblemSink): void {
  const source = fittingCopy(version, report);
  try {
    live.transact(() => {
      for (const problem of repairPlanDoc(live))
        report?.({ ...problem, path: joinPath('live', problem.path) });
      applyTextChange(titleText(live), readTitle(source));
      const name = municipality(source);
      if (metaMap(live).get('municipality') !== name) setMunicipality(live, name);
      syncFragment(purposeFragment(live), purposeFragment(source));
      syncCollection(focusAreasMap(live), focusAreasMap(source), syncFocusArea);
    });
  } finally {
    source.destroy();
  }
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
    if (
      origin !== undefined &&
      JSON.stringify(item.get(PROVENANCE_KEY)) !== JSON.stringify(origin)
    ) {
      item.set(PROVENANCE_KEY, origin);
    }
    const position = readString(sourceItem, ItemKeys.position);
    if (item.get(ItemKeys.position) !== position) item.set(ItemKeys.position, position);
    syncItem(item, sourceItem);
  });
}

// Both documents fit the shape here (see `restorePlan`), so every part below is present; the
// null checks only keep the types honest.
function syncBody(target: ItemMap, source: ItemMap): void {
  const to = readFragment(target);
  const from = readFragment(source);
  if (to && from) syncFragment(to, from);
}

function syncFocusArea(target: ItemMap, source: ItemMap): void {
  const title = readText(target, ItemKeys.title);
  const wanted = readText(source, ItemKeys.title);
  if (title && wanted) applyTextChange(title, wanted.toString());
  syncBody(target, source);
  const strategies = strategiesOf(target);
  const sourceStrategies = strategiesOf(source);
  if (strategies && sourceStrategies) syncCollection(strategies, sourceStrategies, syncBody);
}
