import type * as Y from 'yjs';
import { listFocusAreas } from './focusAreas';
import { matchOrdered } from './orderDiff';
import { listStrategies } from './strategies';

/** The plan's shape without its text: which focus areas, in which order, with which strategies. */
export interface PlanStructure {
  areas: readonly AreaOutline[];
}

interface AreaOutline {
  id: string;
  title: string;
  strategyIds: readonly string[];
}

export type StructureChangeKind = 'added' | 'removed' | 'moved';

/**
 * One change to the plan's shape. `areaTitle`/`areaNumber` name the focus area the change is in
 * (a strategy's) or of (a focus area's), numbered as the reader sees the plan now, or as it was
 * for a focus area that is gone.
 */
export interface StructureChange {
  what: 'focusArea' | 'strategy';
  kind: StructureChangeKind;
  areaTitle: string;
  areaNumber: number;
}

export function readPlanStructure(doc: Y.Doc): PlanStructure {
  return {
    areas: listFocusAreas(doc).map((area) => ({
      id: area.id,
      title: area.title.toString(),
      strategyIds: listStrategies(doc, area.id).map((strategy) => strategy.id),
    })),
  };
}

/**
 * What changed in the plan's shape between two readings. A strategy that left one focus area
 * for another counts once, as moved (into the area it is in now).
 */
export function structureChanges(before: PlanStructure, after: PlanStructure): StructureChange[] {
  const changes: StructureChange[] = [];
  const numberAfter = new Map(after.areas.map((area, index) => [area.id, index + 1]));
  const numberBefore = new Map(before.areas.map((area, index) => [area.id, index + 1]));

  for (const match of matchOrdered(before.areas, after.areas)) {
    const area = match.after ?? match.before;
    if (!area) continue;
    const areaNumber = (match.after ? numberAfter : numberBefore).get(area.id) ?? 0;
    const about = { what: 'focusArea' as const, areaTitle: area.title, areaNumber };
    if (!match.before) changes.push({ ...about, kind: 'added' });
    else if (!match.after) changes.push({ ...about, kind: 'removed' });
    else if (match.moved) changes.push({ ...about, kind: 'moved' });
  }

  const areaOf = (structure: PlanStructure) => {
    const map = new Map<string, string>();
    for (const area of structure.areas) for (const id of area.strategyIds) map.set(id, area.id);
    return map;
  };
  const areaBefore = areaOf(before);
  const areaAfter = areaOf(after);
  const beforeById = new Map(before.areas.map((area) => [area.id, area]));

  for (const area of after.areas) {
    const about = {
      what: 'strategy' as const,
      areaTitle: area.title,
      areaNumber: numberAfter.get(area.id) ?? 0,
    };
    const strategies = (ids: readonly string[]) => ids.map((id) => ({ id }));
    const old = beforeById.get(area.id);
    // A focus area that is new or gone is one change, not one per strategy in it.
    if (!old) continue;
    for (const match of matchOrdered(strategies(old.strategyIds), strategies(area.strategyIds))) {
      if (!match.before) {
        const cameFrom = areaBefore.get(match.id);
        changes.push({ ...about, kind: cameFrom && cameFrom !== area.id ? 'moved' : 'added' });
      } else if (!match.after) {
        // Gone from here but present elsewhere: already told as moved into its new area.
        if (!areaAfter.has(match.id)) changes.push({ ...about, kind: 'removed' });
      } else if (match.moved) changes.push({ ...about, kind: 'moved' });
    }
  }
  return changes;
}
