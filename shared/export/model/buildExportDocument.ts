import type { PlanSnapshot } from '../../plan/snapshot';
import type { ExportLabels } from '../labels';
import { appendixBlocks } from './appendices';
import { toBlocks, type AnchorSource } from './blocks';
import { placeComments } from './comments';
import { discussionAppendix } from './discussionAppendix';
import { goalsSection } from './goals';
import { normalizeHeadingLevels } from './headingLevels';
import { formatDate, languageTag } from './locale';
import type { PlanDiscussion } from './planDiscussion';
import { singleLine } from './text';
import type {
  ExportBlock,
  ExportDocument,
  ExportMeta,
  HeadingBlock,
  TitlePageBlock,
  TitlePageField,
  TocBlock,
} from './types';

/**
 * Headings the printed table of contents lists. Strategies have no titles of their own, so
 * level 2 would add a hundred "Strategi 1.1" lines that say nothing; they are still in the
 * navigation pane, the PDF bookmarks and the HTML outline.
 */
export const TOC_DEPTH = 1;

function contentAnchors(): AnchorSource {
  let count = 0;
  return { next: () => `heading_${++count}` };
}

function sectionHeading(
  level: number,
  role: HeadingBlock['role'],
  number: string | null,
  text: string,
  anchor: string,
): HeadingBlock {
  return { type: 'heading', level, role, number, text, anchor, pageBreakBefore: false };
}

function titleFields(meta: ExportMeta, labels: ExportLabels): TitlePageField[] {
  const fields: TitlePageField[] = [];
  const version = singleLine(meta.versionName ?? '');
  if (version !== '') fields.push({ label: labels.version, value: version });
  fields.push({ label: labels.status, value: singleLine(meta.status) });
  fields.push({ label: labels.date, value: formatDate(meta.date, meta.locale) });
  return fields;
}

/** The plan's blocks, and each section's heading by section key (for comments on it). */
function planBlocks(
  snapshot: PlanSnapshot,
  meta: ExportMeta,
  labels: ExportLabels,
): { blocks: ExportBlock[]; headings: Map<string, HeadingBlock> } {
  const anchors = contentAnchors();
  const purpose = sectionHeading(1, 'purpose', null, labels.purpose, 'purpose');
  const headings = new Map<string, HeadingBlock>([['purpose', purpose]]);
  const blocks: ExportBlock[] = [
    purpose,
    ...toBlocks(snapshot.purpose, 1, anchors),
    ...goalsSection(meta.goals, snapshot, labels, meta.locale),
  ];
  for (const area of snapshot.focusAreas) {
    const title = singleLine(area.title) || labels.untitled;
    const anchor = `focus_area_${area.number.replace(/\W/g, '_')}`;
    const areaHeading = sectionHeading(
      1,
      'focusArea',
      area.number,
      `${area.number} ${title}`,
      anchor,
    );
    headings.set(`item:${area.id}`, areaHeading);
    blocks.push(areaHeading, ...toBlocks(area.body, 1, anchors));
    for (const strategy of area.strategies) {
      const text = `${labels.strategy} ${strategy.number}`;
      const id = `strategy_${strategy.number.replace(/\W/g, '_')}`;
      const strategyHeading = sectionHeading(2, 'strategy', strategy.number, text, id);
      headings.set(`item:${strategy.id}`, strategyHeading);
      blocks.push(strategyHeading, ...toBlocks(strategy.body, 2, anchors));
    }
  }
  return { blocks, headings };
}

function tocBlock(blocks: readonly ExportBlock[], labels: ExportLabels): TocBlock {
  const entries = blocks
    .filter((block): block is HeadingBlock => block.type === 'heading' && block.level <= TOC_DEPTH)
    .map((heading) => ({ level: heading.level, text: heading.text, anchor: heading.anchor }));
  return { type: 'toc', title: labels.tableOfContents, depth: TOC_DEPTH, entries };
}

function subject(meta: ExportMeta, labels: ExportLabels): string {
  const parts = [`${labels.status}: ${singleLine(meta.status)}`];
  const version = singleLine(meta.versionName ?? '');
  if (version !== '') parts.push(`${labels.version}: ${version}`);
  return parts.join(' · ');
}

/**
 * The open deliberation, for exports that asked for it (built by `discussionSnapshot` from the
 * same document as the snapshot): `comments` puts the threads on their text as comments (DOCX),
 * `appendix` lists them in an appendix (PDF, HTML).
 */
export interface DiscussionExport {
  discussion: PlanDiscussion;
  as: 'comments' | 'appendix';
}

/**
 * The plan as one printable document: title page, table of contents, purpose, the master plan's
 * goals it serves (when the meta has any), focus areas ("1 …")
 * with their strategies ("Strategi 1.1"), then the appendices the meta has data for (and the
 * open comments, when asked). Pure: the same snapshot, meta, labels and options give the same
 * document.
 */
export function buildExportDocument(
  snapshot: PlanSnapshot,
  meta: ExportMeta,
  labels: ExportLabels,
  options: { discussion?: DiscussionExport } = {},
): ExportDocument {
  const title = singleLine(meta.planTitle) || singleLine(snapshot.title) || labels.untitled;
  const municipality = singleLine(meta.municipality) || singleLine(snapshot.municipality);
  const plan = planBlocks(snapshot, meta, labels);
  const { discussion } = options;
  const extra =
    discussion?.as === 'appendix'
      ? [
          discussionAppendix(
            discussion.discussion,
            new Map([...plan.headings].map(([key, heading]) => [key, heading.text])),
            labels,
            meta.locale,
          ),
        ]
      : [];
  const body = normalizeHeadingLevels([...plan.blocks, ...appendixBlocks(meta, labels, extra)]);
  const titlePage: TitlePageBlock = {
    type: 'titlePage',
    municipality,
    title,
    fields: titleFields(meta, labels),
  };
  const document: ExportDocument = {
    language: languageTag(meta.locale),
    title,
    municipality,
    subject: subject(meta, labels),
    creator: 'Medverk',
    labels,
    blocks: [titlePage, tocBlock(body, labels), ...body],
  };
  if (discussion?.as === 'comments') {
    const targets = { headings: plan.headings, title: titlePage };
    document.comments = placeComments(body, targets, discussion.discussion.threads, labels);
  }
  return document;
}
