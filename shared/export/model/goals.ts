import { sdgName } from '../../public/sdgs';
import type { PlanSnapshot } from '../../plan/snapshot';
import type { ExportLabels, ExportLocale } from '../labels';
import { singleLine } from './text';
import type { ExportBlock, ExportGoal, TableBlock } from './types';

/**
 * The goals table's cells: number, title, SDG («11 Bærekraftige byer og lokalsamfunn») and the
 * focus areas serving the goal («1 Møteplasser; 3 Frivillighet»), in plan order. A link to a
 * focus area the printed plan does not have (removed, or not yet in a frozen version) is left
 * out: the table describes this plan.
 */
export function goalRows(
  goals: readonly ExportGoal[],
  snapshot: PlanSnapshot,
  labels: ExportLabels,
  locale: ExportLocale,
): string[][] {
  return goals.map((goal) => {
    const linked = new Set(goal.focusAreaIds);
    const areas = snapshot.focusAreas
      .filter((area) => linked.has(area.id))
      .map((area) => `${area.number} ${singleLine(area.title) || labels.untitled}`);
    return [
      singleLine(goal.number),
      singleLine(goal.title),
      goal.sdg === null ? '' : `${goal.sdg} ${sdgName(goal.sdg, locale)}`,
      areas.join('; '),
    ];
  });
}

export function goalColumns(labels: ExportLabels): string[] {
  return [labels.goalNumber, labels.goalTitle, labels.goalSdg, labels.goalFocusAreas];
}

/** The section «Mål planen bygger på» (heading and table), or nothing when there are no goals. */
export function goalsSection(
  goals: readonly ExportGoal[] | undefined,
  snapshot: PlanSnapshot,
  labels: ExportLabels,
  locale: ExportLocale,
): ExportBlock[] {
  if (!goals?.length) return [];
  const table: TableBlock = {
    type: 'table',
    columns: goalColumns(labels),
    widths: [0.8, 3, 2.6, 3],
    rows: goalRows(goals, snapshot, labels, locale),
  };
  return [
    {
      type: 'heading',
      level: 1,
      role: 'goals',
      number: null,
      text: labels.goalsTitle,
      anchor: 'goals',
      pageBreakBefore: false,
    },
    table,
  ];
}
