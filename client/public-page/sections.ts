import type { FocusAreaSnapshot, PlanSnapshot, StrategySnapshot } from '../../shared/plan/snapshot';

/** A part of the published plan a visitor can read and give input on. */
export type Section =
  | { key: 'plan' }
  | { key: string; kind: 'fa'; area: FocusAreaSnapshot }
  | { key: string; kind: 'st'; area: FocusAreaSnapshot; strategy: StrategySnapshot };

/** Every section in reading order: the whole plan, then each focus area followed by its strategies. */
export function sectionsOf(snapshot: PlanSnapshot | null): Section[] {
  const sections: Section[] = [{ key: 'plan' }];
  for (const area of snapshot?.focusAreas ?? []) {
    sections.push({ key: `fa:${area.id}`, kind: 'fa', area });
    for (const strategy of area.strategies)
      sections.push({ key: `st:${strategy.id}`, kind: 'st', area, strategy });
  }
  return sections;
}
