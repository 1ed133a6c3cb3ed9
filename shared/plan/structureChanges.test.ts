import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addFocusArea, deleteFocusArea, moveFocusArea } from './focusAreas';
import { addStrategy, deleteStrategy, moveStrategy } from './strategies';
import { readPlanStructure, structureChanges, type PlanStructure } from './structureChanges';

function plan() {
  const doc = new Y.Doc();
  const health = addFocusArea(doc, { title: 'Helse' });
  const culture = addFocusArea(doc, { title: 'Kultur' });
  const strategies = [addStrategy(doc, health)!, addStrategy(doc, health)!, addStrategy(doc, health)!];
  return { doc, health, culture, strategies };
}

function changesFrom(doc: Y.Doc, change: () => void) {
  const before = readPlanStructure(doc);
  change();
  return structureChanges(before, readPlanStructure(doc));
}

describe('structureChanges', () => {
  it('sees nothing when only text changed', () => {
    const { doc } = plan();
    const before = readPlanStructure(doc);
    expect(structureChanges(before, readPlanStructure(doc))).toEqual([]);
  });

  it('names the focus area a strategy was added to, numbered as it is now', () => {
    const { doc, culture } = plan();
    expect(changesFrom(doc, () => addStrategy(doc, culture))).toEqual([
      { what: 'strategy', kind: 'added', areaTitle: 'Kultur', areaNumber: 2 },
    ]);
  });

  it('tells a removed strategy and a moved one apart from the numbers that shift', () => {
    const { doc, health, strategies } = plan();
    expect(changesFrom(doc, () => deleteStrategy(doc, health, strategies[0]!))).toEqual([
      { what: 'strategy', kind: 'removed', areaTitle: 'Helse', areaNumber: 1 },
    ]);
    expect(changesFrom(doc, () => moveStrategy(doc, health, strategies[2]!, 0))).toEqual([
      { what: 'strategy', kind: 'moved', areaTitle: 'Helse', areaNumber: 1 },
    ]);
  });

  it('counts a new or deleted focus area once, not once per strategy in it', () => {
    const { doc, health } = plan();
    expect(changesFrom(doc, () => deleteFocusArea(doc, health))).toEqual([
      { what: 'focusArea', kind: 'removed', areaTitle: 'Helse', areaNumber: 1 },
    ]);
    expect(changesFrom(doc, () => addFocusArea(doc, { title: 'Miljø', index: 0 }))).toEqual([
      { what: 'focusArea', kind: 'added', areaTitle: 'Miljø', areaNumber: 1 },
    ]);
  });

  it('reports a moved focus area as one move', () => {
    const { doc, culture } = plan();
    expect(changesFrom(doc, () => moveFocusArea(doc, culture, 0))).toEqual([
      { what: 'focusArea', kind: 'moved', areaTitle: 'Kultur', areaNumber: 1 },
    ]);
  });

  it('counts a strategy that changed focus area as moved into its new area', () => {
    const before: PlanStructure = {
      areas: [
        { id: 'a', title: 'A', strategyIds: ['s1', 's2'] },
        { id: 'b', title: 'B', strategyIds: [] },
      ],
    };
    const after: PlanStructure = {
      areas: [
        { id: 'a', title: 'A', strategyIds: ['s2'] },
        { id: 'b', title: 'B', strategyIds: ['s1'] },
      ],
    };
    expect(structureChanges(before, after)).toEqual([
      { what: 'strategy', kind: 'moved', areaTitle: 'B', areaNumber: 2 },
    ]);
  });
});
