import type { PlanSnapshot } from '../plan/snapshot';
import { exportLabels, type ExportLabels } from './labels';
import { renderBlocks } from './markdownBlocks';
import { escapeInline, escapeLineStart, headingText } from './markdownEscape';
import { goalColumns, goalRows } from './model/goals';
import type { ExportGoal } from './model/types';

const cell = (text: string) => escapeInline(text.replace(/\s+/g, ' ').trim());

/** The goals table as GFM, every cell escaped (`|` included); empty without goals. */
function goalsTable(
  goals: readonly ExportGoal[],
  snapshot: PlanSnapshot,
  labels: ExportLabels,
): string {
  if (goals.length === 0) return '';
  const header = goalColumns(labels);
  const rows = goalRows(goals, snapshot, labels, labels.locale);
  return [
    `## ${headingText(labels.goalsTitle)}`,
    '',
    `| ${header.map(cell).join(' | ')} |`,
    `|${header.map(() => ' --- ').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

/**
 * A plan as Markdown: title, municipality, purpose, the master plan's goals it serves (a table,
 * when `goals` has any), then each focus area (`## 1 …`) with its strategies
 * (`### Strategi 1.1`). Everything people typed is escaped, so the text can add no structure or
 * HTML of its own.
 */
export function renderMarkdown(
  snapshot: PlanSnapshot,
  labels: ExportLabels = exportLabels('nb'),
  goals: readonly ExportGoal[] = [],
): string {
  const parts: string[] = [`# ${headingText(snapshot.title) || labels.untitled}`];
  const municipality = snapshot.municipality.replace(/\s+/g, ' ').trim();
  if (municipality !== '') parts.push(escapeLineStart(escapeInline(municipality)));

  parts.push(`## ${labels.purpose}`, renderBlocks(snapshot.purpose, 2));
  parts.push(goalsTable(goals, snapshot, labels));
  for (const area of snapshot.focusAreas) {
    parts.push(`## ${area.number} ${headingText(area.title) || labels.untitled}`);
    parts.push(renderBlocks(area.body, 2));
    for (const strategy of area.strategies) {
      parts.push(`### ${labels.strategy} ${strategy.number}`, renderBlocks(strategy.body, 3));
    }
  }
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}
