import type { SectionKey } from '../../shared/api/inputs';
import type { PlanDiff, TextDiff } from '../../shared/plan/diff';

/** A part of the plan input can be about, or that it changed, as a picker offers it. */
export type SectionOption =
  | { key: 'plan'; kind: 'plan' }
  | { key: SectionKey; kind: 'focusArea'; number: string; text: string }
  | { key: SectionKey; kind: 'strategy'; number: string; text: string };

/** Strategies have no title: the start of their text tells them apart in a list. */
export const EXCERPT_MAX = 60;

function newerText(diff: TextDiff): string {
  return diff.segments
    .filter((segment) => segment.kind !== 'removed')
    .map((segment) => segment.text)
    .join('');
}

export function excerpt(text: string, max = EXCERPT_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The sections of the newer side of a comparison, in reading order: the whole plan, then each
 * focus area followed by its strategies. Compared with itself (live against live), that is the
 * current draft; what the newer side removed is left out.
 */
export function sectionOptions(diff: PlanDiff): SectionOption[] {
  const options: SectionOption[] = [{ key: 'plan', kind: 'plan' }];
  for (const area of diff.focusAreas) {
    if (area.numberAfter === null) continue;
    options.push({
      key: `fa:${area.id}`,
      kind: 'focusArea',
      number: area.numberAfter,
      text: excerpt(newerText(area.title)),
    });
    for (const strategy of area.strategies) {
      if (strategy.numberAfter === null) continue;
      options.push({
        key: `st:${strategy.id}`,
        kind: 'strategy',
        number: strategy.numberAfter,
        text: excerpt(newerText(strategy.body)),
      });
    }
  }
  return options;
}
