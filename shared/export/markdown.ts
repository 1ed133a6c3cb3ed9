import type { PlanSnapshot } from '../plan/snapshot';
import { exportLabels, type ExportLabels } from './labels';
import { renderBlocks } from './markdownBlocks';
import { escapeInline, escapeLineStart, headingText } from './markdownEscape';

/**
 * A plan as Markdown: title, municipality, purpose, then each focus area (`## 1 …`) with its
 * strategies (`### Strategi 1.1`). Everything people typed is escaped, so the text can add no
 * structure or HTML of its own.
 */
export function renderMarkdown(
  snapshot: PlanSnapshot,
  labels: ExportLabels = exportLabels('nb'),
): string {
  const parts: string[] = [`# ${headingText(snapshot.title) || labels.untitled}`];
  const municipality = snapshot.municipality.replace(/\s+/g, ' ').trim();
  if (municipality !== '') parts.push(escapeLineStart(escapeInline(municipality)));

  parts.push(`## ${labels.purpose}`, renderBlocks(snapshot.purpose, 2));
  for (const area of snapshot.focusAreas) {
    parts.push(`## ${area.number} ${headingText(area.title) || labels.untitled}`);
    parts.push(renderBlocks(area.body, 2));
    for (const strategy of area.strategies) {
      parts.push(`### ${labels.strategy} ${strategy.number}`, renderBlocks(strategy.body, 3));
    }
  }
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}
