import type { ExportLabels } from '../labels';
import { formatCount, formatDate } from './locale';
import { singleLine } from './text';
import type { ExportBlock, ExportMeta } from './types';

/** An appendix: its title (numbered when placed) and what follows the heading. */
export interface Appendix {
  title: string;
  blocks: ExportBlock[];
}

/** "1.10" after "1.9": strategy numbers compare part by part, as numbers. */
function compareNumbers(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? -1) - (right[i] ?? -1);
    if (diff !== 0 && !Number.isNaN(diff)) return diff;
  }
  return a.localeCompare(b);
}

function provenance(meta: ExportMeta, labels: ExportLabels): Appendix | null {
  if (!meta.provenance?.length) return null;
  const rows = [...meta.provenance]
    .sort((a, b) => compareNumbers(a.strategyNumber, b.strategyNumber))
    .map((entry) => [
      singleLine(entry.strategyNumber),
      singleLine(entry.workshop),
      singleLine(entry.activity),
      formatCount(entry.votes, meta.locale),
      formatCount(entry.contributors, meta.locale),
    ]);
  return {
    title: labels.provenanceTitle,
    blocks: [
      {
        type: 'table',
        columns: [
          labels.strategy,
          labels.workshop,
          labels.activity,
          labels.votes,
          labels.contributorCount,
        ],
        widths: [1.2, 3, 3, 1.3, 1.8],
        rows,
      },
    ],
  };
}

function contributors(meta: ExportMeta, labels: ExportLabels): Appendix | null {
  if (!meta.contributors?.length) return null;
  return {
    title: labels.contributorsTitle,
    blocks: [
      {
        type: 'table',
        columns: [labels.name, labels.association],
        widths: [1, 1],
        rows: meta.contributors.map((person) => [
          singleLine(person.name),
          singleLine(person.association ?? ''),
        ]),
      },
    ],
  };
}

function history(meta: ExportMeta, labels: ExportLabels): Appendix | null {
  if (!meta.history?.length) return null;
  return {
    title: labels.historyTitle,
    blocks: [
      {
        type: 'table',
        columns: [labels.version, labels.step, labels.date],
        widths: [2, 2, 1.2],
        rows: meta.history.map((entry) => [
          singleLine(entry.name),
          singleLine(entry.step),
          formatDate(entry.date, meta.locale),
        ]),
      },
    ],
  };
}

/**
 * The appendices the meta has data for, then `extra` ones, numbered in the order they appear
 * ("Vedlegg 1: …"); an appendix without rows is left out rather than printed empty.
 */
export function appendixBlocks(
  meta: ExportMeta,
  labels: ExportLabels,
  extra: readonly Appendix[] = [],
): ExportBlock[] {
  const present = [
    provenance(meta, labels),
    contributors(meta, labels),
    history(meta, labels),
    ...extra,
  ];
  return present
    .filter((appendix): appendix is Appendix => appendix !== null)
    .flatMap((appendix, index): ExportBlock[] => [
      {
        type: 'heading',
        level: 1,
        role: 'appendix',
        number: null,
        text: `${labels.appendix} ${index + 1}: ${appendix.title}`,
        anchor: `appendix_${index + 1}`,
        pageBreakBefore: true,
      },
      ...appendix.blocks,
    ]);
}
