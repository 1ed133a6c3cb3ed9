import { AlignmentType, LevelFormat, LevelSuffix, type NumberingDefinition } from 'docx';
import type { ExportBlock } from '../../shared/export/model/types';

/**
 * Focus areas and strategies numbered by Word itself ("1 Møteplasser", "Strategi 1.1"), so the
 * numbers are real list numbers that Word keeps when someone inserts a focus area, and the
 * navigation pane and the table of contents show them. The visible text is what the plan says:
 * the number comes from the level text, the paragraph keeps the rest.
 */
export function headingNumbering(strategyLabel: string): NumberingDefinition {
  // "%" starts a level placeholder in a level text; a label never needs one.
  const label = strategyLabel.replace(/%/g, '');
  const flush = { paragraph: { indent: { left: 0, hanging: 0 } } };
  return {
    reference: 'plan-headings',
    levels: [
      {
        level: 0,
        format: LevelFormat.DECIMAL,
        text: '%1',
        start: 1,
        alignment: AlignmentType.LEFT,
        suffix: LevelSuffix.SPACE,
        style: flush,
      },
      {
        level: 1,
        format: LevelFormat.DECIMAL,
        text: `${label} %1.%2`,
        start: 1,
        alignment: AlignmentType.LEFT,
        // The strategy heading is its number and nothing else.
        suffix: LevelSuffix.NOTHING,
        style: flush,
      },
    ],
  };
}

/** By heading anchor: the heading's level in `headingNumbering` and its text after the number. */
export type NumberedHeadings = ReadonlyMap<string, { level: 0 | 1; text: string }>;

/**
 * The focus area and strategy headings Word can number, with the text that follows the number.
 * Word counts: focus areas 1, 2, 3 … and strategies from 1 in each focus area. When the plan's
 * own numbers are not exactly that (a renumbering in progress, a damaged plan) or a heading's
 * text is not "<number> <title>" / "<label> <number>", nothing is numbered by Word and every
 * heading keeps its text as written: a wrong number is worse than a typed one.
 */
export function numberedHeadings(
  blocks: readonly ExportBlock[],
  strategyLabel: string,
): NumberedHeadings {
  const numbered = new Map<string, { level: 0 | 1; text: string }>();
  let area = 0;
  let strategy = 0;
  for (const block of blocks) {
    if (block.type !== 'heading') continue;
    if (block.role === 'focusArea') {
      area += 1;
      strategy = 0;
      const prefix = `${area} `;
      if (block.number !== String(area) || !block.text.startsWith(prefix)) return new Map();
      numbered.set(block.anchor, { level: 0, text: block.text.slice(prefix.length) });
    } else if (block.role === 'strategy') {
      strategy += 1;
      const number = `${area}.${strategy}`;
      if (area === 0 || block.number !== number) return new Map();
      if (block.text !== `${strategyLabel} ${number}` || strategyLabel.includes('%')) {
        return new Map();
      }
      numbered.set(block.anchor, { level: 1, text: '' });
    }
  }
  return numbered;
}
