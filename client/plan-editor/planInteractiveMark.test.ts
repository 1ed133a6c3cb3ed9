import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addFocusArea, deleteFocusArea } from '../../shared/plan/focusAreas';
import { initPlan } from '../../shared/plan/planDoc';
import { addStrategy } from '../../shared/plan/strategies';
import { inWindow, richTextFieldCount } from './planInteractiveMark';

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

describe('inWindow', () => {
  // A field must be a mounted editor before the mark only where the person can see it.
  const box = (top: number, height: number) => ({ top, bottom: top + height });

  it('counts a field that lies in the window, even in part', () => {
    expect(inWindow(box(100, 50), 720)).toBe(true);
    expect(inWindow(box(-40, 50), 720)).toBe(true);
    expect(inWindow(box(700, 200), 720)).toBe(true);
  });

  it('leaves out fields above, below, and folded away (no box)', () => {
    expect(inWindow(box(-60, 50), 720)).toBe(false);
    expect(inWindow(box(720, 50), 720)).toBe(false);
    expect(inWindow(box(0, 0), 720)).toBe(false);
  });
});
