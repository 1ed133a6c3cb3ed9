import type { PlanSection } from '../api/sections';
import { richToPlainText } from '../plan/richText';
import type { PlanSnapshot } from '../plan/snapshot';

/** Strategies have no title: the start of their text tells them apart in a list. */
export const SECTION_TEXT_MAX = 60;

export function excerpt(text: string, max = SECTION_TEXT_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** The whole plan, then each focus area (its title) followed by its strategies (their text's start). */
export function planSections(snapshot: PlanSnapshot): PlanSection[] {
  const sections: PlanSection[] = [{ key: 'plan', kind: 'plan' }];
  for (const area of snapshot.focusAreas) {
    sections.push({
      key: `fa:${area.id}`,
      kind: 'focusArea',
      number: area.number,
      text: excerpt(area.title, 200),
    });
    for (const strategy of area.strategies) {
      sections.push({
        key: `st:${strategy.id}`,
        kind: 'strategy',
        number: strategy.number,
        text: excerpt(richToPlainText(strategy.body)),
      });
    }
  }
  return sections;
}
