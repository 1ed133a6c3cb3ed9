import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addFocusArea, deleteFocusArea } from '../../shared/plan/focusAreas';
import { initPlan } from '../../shared/plan/planDoc';
import { addStrategy } from '../../shared/plan/strategies';
import { richTextFieldCount } from './planInteractiveMark';

function plan(strategiesPerArea: number[]): { doc: Y.Doc; areas: string[] } {
  const doc = new Y.Doc();
  initPlan(doc, { title: 'Temaplan', municipality: 'Asker' });
  const areas = strategiesPerArea.map((count, index) => {
    const area = addFocusArea(doc, { title: `Innsatsområde ${index + 1}` });
    for (let s = 0; s < count; s++) addStrategy(doc, area);
    return area;
  });
  return { doc, areas };
}

describe('richTextFieldCount', () => {
  it('counts the purpose alone in a plan without focus areas', () => {
    expect(richTextFieldCount(plan([]).doc)).toBe(1);
  });

  it('counts the purpose, each focus area text and each strategy text', () => {
    // 1 + 3 areas + (2 + 0 + 4) strategies: what the bench waits for before the mark.
    expect(richTextFieldCount(plan([2, 0, 4]).doc)).toBe(10);
  });

  it('follows the document: a deleted focus area takes its strategies with it', () => {
    const { doc, areas } = plan([2, 3]);
    deleteFocusArea(doc, areas[0]!);
    expect(richTextFieldCount(doc)).toBe(5);
  });
});
