import { formatCount } from '../model/locale';
import type {
  ExportBlock,
  ExportDocument,
  HeadingBlock,
  HeadingRole,
  Inline,
  ParagraphBlock,
  TextRun,
  TocBlock,
} from '../model/types';
import type { ConsultationSummary, SummaryEntry, SummarySection } from './summaryModel';

function run(text: string, style: { bold?: boolean; italic?: boolean } = {}): TextRun {
  return {
    type: 'text',
    text,
    bold: style.bold ?? false,
    italic: style.italic ?? false,
    underline: false,
    strike: false,
    code: false,
    href: null,
  };
}

const paragraph = (...content: Inline[]): ParagraphBlock => ({ type: 'paragraph', content });

function heading(
  level: number,
  role: HeadingRole,
  text: string,
  anchor: string,
  pageBreakBefore = false,
): HeadingBlock {
  return { type: 'heading', level, role, number: null, text, anchor, pageBreakBefore };
}

/** «Label: first paragraph», then the other paragraphs, so the label reads with its text. */
function labelled(label: string, paragraphs: readonly string[]): ParagraphBlock[] {
  const [first = '', ...rest] = paragraphs;
  return [
    paragraph(run(`${label}: `, { bold: true }), run(first)),
    ...rest.map((text) => paragraph(run(text))),
  ];
}

function entryBlocks(
  entry: SummaryEntry,
  level: number,
  summary: ConsultationSummary,
): ExportBlock[] {
  const { labels } = summary;
  const anchor = `input_${entry.reference.replace(/\W/g, '_')}`;
  const blocks: ExportBlock[] = [
    heading(level, 'content', `${entry.reference} – ${entry.from}`, anchor),
    paragraph(run(`${entry.kind}, ${labels.received} ${entry.received}`, { italic: true })),
  ];
  if (entry.aimedAt !== null) blocks.push(paragraph(run(entry.aimedAt, { italic: true })));
  if (entry.duplicateOf !== null) {
    blocks.push(...labelled(labels.duplicateOfLabel, [entry.duplicateOf]));
  }
  if (entry.summary.length > 0) blocks.push(...labelled(labels.summaryLabel, entry.summary));
  if (entry.quote.length > 0) {
    blocks.push(paragraph(run(`${labels.quoteLabel}:`, { bold: true })));
    blocks.push({ type: 'quote', blocks: entry.quote.map((text) => paragraph(run(text))) });
  }
  blocks.push(
    ...labelled(
      labels.assessmentLabel,
      entry.assessment.length > 0 ? entry.assessment : [labels.notAssessed],
    ),
  );
  blocks.push(...labelled(labels.changeLabel, [entry.change ?? labels.noChange]));
  if (entry.duplicates.length > 0) {
    const list = entry.duplicates.map((dup) => `${dup.reference} (${dup.from})`).join(', ');
    blocks.push(...labelled(labels.duplicatesLabel, [list]));
  }
  return blocks;
}

function sectionBlocks(section: SummarySection, summary: ConsultationSummary): ExportBlock[] {
  const anchor = `section_${section.key.replace(/\W/g, '_')}`;
  return [
    heading(section.level, section.level === 1 ? 'focusArea' : 'strategy', section.label, anchor),
    ...section.entries.flatMap((entry) => entryBlocks(entry, section.level + 1, summary)),
  ];
}

function appendix(summary: ConsultationSummary): ExportBlock[] {
  const { labels, exportLabels: common, locale } = summary;
  const count = (n: number) => formatCount(n, locale);
  return [
    heading(1, 'appendix', `${common.appendix} 1: ${labels.sendersTitle}`, 'appendix_1', true),
    {
      type: 'table',
      columns: [labels.sender, labels.submitterKind, labels.count],
      widths: [3, 2, 1.2],
      rows: summary.senders.map((row) => [row.name, row.kind, count(row.count)]),
    },
    heading(2, 'content', labels.countsTitle, 'appendix_1_counts'),
    {
      type: 'table',
      columns: [labels.submitterKind, labels.count],
      widths: [3, 1.2],
      rows: [
        ...summary.kinds.map((row) => [row.kind, count(row.count)]),
        [labels.total, count(summary.total)],
      ],
    },
  ];
}

function toc(blocks: readonly ExportBlock[], summary: ConsultationSummary): TocBlock {
  const entries = blocks
    .filter((block): block is HeadingBlock => block.type === 'heading' && block.level === 1)
    .map((block) => ({ level: 1, text: block.text, anchor: block.anchor }));
  return { type: 'toc', title: summary.exportLabels.tableOfContents, depth: 1, entries };
}

/**
 * The summary as an export document, so the plan's own DOCX and PDF/A renderers lay it out with
 * the same styles, tags, bookmarks and page numbers: a title page, contents, a short note on
 * how it is ordered, a section per part of the plan with input (each input a heading of its own
 * with summary, quote, assessment and change), and the appendix of who gave input.
 */
export function summaryDocument(summary: ConsultationSummary): ExportDocument {
  const { labels } = summary;
  const about: ExportBlock[] = [
    heading(1, 'purpose', labels.aboutTitle, 'about'),
    paragraph(run(labels.about)),
  ];
  if (summary.total === 0) about.push(paragraph(run(labels.noInput)));
  const body = [
    ...about,
    ...summary.sections.flatMap((section) => sectionBlocks(section, summary)),
    ...appendix(summary),
  ];
  const title = summary.title;
  return {
    language: summary.language,
    title: `${title}: ${summary.planTitle}`,
    municipality: summary.municipality,
    subject: summary.fields.map((field) => `${field.label}: ${field.value}`).join(' · '),
    creator: 'Medverk',
    labels: summary.exportLabels,
    blocks: [
      { type: 'titlePage', municipality: summary.municipality, title, fields: summary.fields },
      toc(body, summary),
      ...body,
    ],
  };
}
