import type { ExportLabels } from '../../shared/export/labels';
import { escapeInline } from '../../shared/export/markdownEscape';
import type { StrategyProvenance } from '../../shared/export/model/types';
import type { PlanSnapshot } from '../../shared/plan/snapshot';

/**
 * The provenance appendix's rows from the plan itself: every focus area ("2") and strategy
 * ("2.1") that was made from a workshop result, with the workshop, its brainstorm prompt and
 * the counts recorded when it was brought in.
 */
export function provenanceRows(snapshot: PlanSnapshot): StrategyProvenance[] {
  const rows: StrategyProvenance[] = [];
  for (const area of snapshot.focusAreas) {
    const items = [{ number: area.number, provenance: area.provenance }, ...area.strategies];
    for (const item of items) {
      if (!item.provenance) continue;
      rows.push({
        strategyNumber: item.number,
        workshop: item.provenance.workshopTitle,
        activity: item.provenance.activityPrompt,
        votes: item.provenance.votes,
        contributors: item.provenance.contributors,
      });
    }
  }
  return rows;
}

const cell = (text: string) => escapeInline(text.replace(/\s+/g, ' ').trim());

/**
 * The same appendix for the Markdown export, which renders the plan itself rather than the
 * export model: a heading and a GFM table, every cell escaped (`|` included).
 */
export function markdownProvenance(rows: readonly StrategyProvenance[], labels: ExportLabels): string {
  if (rows.length === 0) return '';
  const header = [labels.strategy, labels.workshop, labels.activity, labels.votes, labels.contributorCount];
  const lines = [
    `| ${header.map(cell).join(' | ')} |`,
    `|${header.map(() => ' --- ').join('|')}|`,
    ...rows.map(
      (row) =>
        `| ${[row.strategyNumber, row.workshop, row.activity, String(row.votes), String(row.contributors)].map(cell).join(' | ')} |`,
    ),
  ];
  return `## ${labels.appendix} 1: ${cell(labels.provenanceTitle)}\n\n${lines.join('\n')}\n`;
}
