import type * as Y from 'yjs';
import { addFocusArea } from '../../shared/plan/focusAreas';
import { writeParagraphs } from '../../shared/plan/richText';
import { addStrategy, listStrategies } from '../../shared/plan/strategies';

export interface LargePlanShape {
  areas: number;
  strategiesPerArea: number;
  /** The paragraphs of strategy `s` (1-based) of focus area `a` (1-based). */
  paragraphs: (a: number, s: number) => string[];
}

/** The plan size W5 and W6 use: 15 focus areas × 10 strategies. */
export const LARGE_PLAN = { areas: 15, strategiesPerArea: 10 } as const;

/**
 * Adds focus areas with strategies and their text to a plan document that already exists (a
 * fresh `initPlan` doc, or one the server created), as editors would have written them.
 * Returns the strategy ids in document order.
 */
export function fillLargePlan(doc: Y.Doc, shape: LargePlanShape): string[] {
  const ids: string[] = [];
  for (let a = 0; a < shape.areas; a++) {
    const area = addFocusArea(doc, { title: `Innsatsområde ${a + 1}` });
    for (let s = 0; s < shape.strategiesPerArea; s++) {
      const id = addStrategy(doc, area);
      const strategy = listStrategies(doc, area).find((candidate) => candidate.id === id);
      if (!strategy || id === null) throw new Error('bench: a strategy could not be added');
      writeParagraphs(strategy.body, shape.paragraphs(a + 1, s + 1));
      ids.push(id);
    }
  }
  return ids;
}
