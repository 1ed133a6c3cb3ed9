import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addFocusArea, getFocusArea, moveFocusArea } from '../../shared/plan/focusAreas';
import { focusAreasMap } from '../../shared/plan/planDoc';
import { addStrategy, listStrategies, moveStrategy } from '../../shared/plan/strategies';
import { touchesOrder } from './useOrderedItems';

/** Whether the list of `collection` would be read again after `change`. */
function rereads(collection: Y.Map<Y.Map<unknown>>, change: () => void): boolean {
  let reread = false;
  const onEvents = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    reread ||= events.some((event) => touchesOrder(event.target, collection));
  };
  collection.observeDeep(onEvents);
  change();
  collection.unobserveDeep(onEvents);
  return reread;
}

function plan() {
  const doc = new Y.Doc();
  const first = addFocusArea(doc, { title: 'Arenaer' });
  addFocusArea(doc, { title: 'Frivillighet' });
  addStrategy(doc, first);
  addStrategy(doc, first);
  const area = getFocusArea(doc, first)!;
  return { doc, areas: focusAreasMap(doc), first, area, strategy: listStrategies(doc, first)[0]! };
}

describe('touchesOrder', () => {
  it('does not re-read the lists when someone types in a strategy or a title', () => {
    const { areas, area, strategy } = plan();
    const typeInBody = () => strategy.body.insert(0, [new Y.XmlText('Sammen')]);
    expect(rereads(areas, typeInBody)).toBe(false);
    expect(rereads(area.strategies, typeInBody)).toBe(false);
    expect(rereads(areas, () => area.title.insert(0, 'Nye '))).toBe(false);
  });

  it('re-reads a list when its items are added, moved or removed', () => {
    const { doc, areas, first, area, strategy } = plan();
    expect(rereads(areas, () => moveFocusArea(doc, first, 1))).toBe(true);
    expect(rereads(areas, () => addFocusArea(doc))).toBe(true);
    expect(rereads(area.strategies, () => moveStrategy(doc, first, strategy.id, 1))).toBe(true);
    expect(rereads(area.strategies, () => addStrategy(doc, first))).toBe(true);
    // A strategy added is not the focus areas' order.
    expect(rereads(areas, () => addStrategy(doc, first))).toBe(false);
  });
});
