import type { SectionKey } from '../../api/inputs';
import type { PlanSnapshot } from '../../plan/snapshot';
import type { ExportLabels } from '../labels';
import { singleLine } from '../model/text';

/** A part of the plan input can be about, as the summary heads it. */
export interface PlanSection {
  key: SectionKey;
  /** 1: the whole plan and focus areas; 2: strategies. */
  level: 1 | 2;
  /** «1», «1.2», or null for the whole plan. */
  number: string | null;
  /** «Hele planen», «1 Møteplasser», «Strategi 1.2». */
  label: string;
}

/**
 * The parts of a plan input may be about, in reading order: the whole plan, then each focus area
 * followed by its strategies, keyed as input refers to them (`plan`, `fa:<id>`, `st:<id>`).
 */
export function planSections(
  snapshot: PlanSnapshot,
  labels: ExportLabels,
  wholePlan: string,
): PlanSection[] {
  const sections: PlanSection[] = [{ key: 'plan', level: 1, number: null, label: wholePlan }];
  for (const area of snapshot.focusAreas) {
    const title = singleLine(area.title) || labels.untitled;
    sections.push({
      key: `fa:${area.id}`,
      level: 1,
      number: area.number,
      label: `${area.number} ${title}`,
    });
    for (const strategy of area.strategies) {
      sections.push({
        key: `st:${strategy.id}`,
        level: 2,
        number: strategy.number,
        label: `${labels.strategy} ${strategy.number}`,
      });
    }
  }
  return sections;
}
