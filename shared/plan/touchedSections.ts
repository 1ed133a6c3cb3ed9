import * as Y from 'yjs';
import { ItemKeys, PlanKeys } from './keys';

/**
 * Section keys for "who changed what": `title`, `municipality`, `purpose`, `area:<id>` (a focus
 * area's own title, text, place, or its being added or removed) and `strategy:<areaId>/<id>`.
 */
export type SectionKey = string;

export function areaSection(areaId: string): SectionKey {
  return `area:${areaId}`;
}

export function strategySection(areaId: string, strategyId: string): SectionKey {
  return `strategy:${areaId}/${strategyId}`;
}

/** A shared type as transactions list them. */
type SharedType = Parameters<Y.Transaction['changed']['get']>[0];

/** The root a type lives under, and the map keys on the way down (null inside arrays and XML). */
function pathOf(type: SharedType): { root: SharedType; keys: (string | null)[] } {
  const keys: (string | null)[] = [];
  let current = type;
  for (;;) {
    const item = current._item;
    if (!item) return { root: current, keys };
    const parent: unknown = item.parent;
    if (!(parent instanceof Y.AbstractType)) return { root: current, keys };
    keys.unshift(item.parentSub);
    current = parent as SharedType;
  }
}

function rootName(doc: Y.Doc, root: SharedType): string | null {
  for (const [name, type] of doc.share) if (type === root) return name;
  return null;
}

function focusAreaSections(keys: readonly (string | null)[], changedKeys: ReadonlySet<string | null>): SectionKey[] {
  const [areaId, field, strategyId] = keys;
  if (keys.length === 0) return [...changedKeys].flatMap((key) => (key === null ? [] : [areaSection(key)]));
  if (!areaId) return [];
  if (field !== ItemKeys.strategies) return [areaSection(areaId)];
  if (keys.length === 2) {
    return [...changedKeys].flatMap((key) => (key === null ? [] : [strategySection(areaId, key)]));
  }
  return strategyId ? [strategySection(areaId, strategyId)] : [];
}

function metaSections(keys: readonly (string | null)[], changedKeys: ReadonlySet<string | null>): SectionKey[] {
  const [field] = keys;
  if (keys.length === 0) return [...changedKeys].flatMap((key) => (key === null ? [] : [key]));
  return field ? [field] : [];
}

/**
 * The sections one transaction on a plan document changed. Only the types the transaction
 * itself changed (`transaction.changed`) are walked up to their section: their ancestors
 * (`changedParentTypes`) would attribute a strategy's edit to its focus area as well.
 * Types created in the transaction show up through the map they were added to.
 */
export function touchedSections(transaction: Y.Transaction): Set<SectionKey> {
  const sections = new Set<SectionKey>();
  for (const [type, changedKeys] of transaction.changed) {
    const { root, keys } = pathOf(type);
    const name = rootName(transaction.doc, root);
    const found =
      name === PlanKeys.focusAreas
        ? focusAreaSections(keys, changedKeys)
        : name === PlanKeys.meta
          ? metaSections(keys, changedKeys)
          : name === PlanKeys.purpose
            ? ['purpose']
            : [];
    for (const section of found) sections.add(section);
  }
  return sections;
}
