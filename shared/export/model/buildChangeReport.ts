import type { DiffSegment, FocusAreaDiff, PlanDiff, StrategyDiff, TextDiff } from '../../plan/diff';
import { exportLabels, type ExportLabels, type ExportLocale } from '../labels';
import { formatDate, languageTag } from './locale';
import { cleanText, singleLine } from './text';
import type {
  ExportBlock,
  ExportDocument,
  HeadingBlock,
  Inline,
  ParagraphBlock,
  TextRun,
} from './types';

export interface ChangeReportMeta {
  planTitle: string;
  municipality: string;
  /** Names of the two versions compared, as people know them ("Til førstegangsbehandling"). */
  fromName: string;
  toName: string;
  date: Date;
  locale: ExportLocale;
}

function run(text: string, change: DiffSegment['kind']): TextRun {
  return {
    type: 'text',
    text,
    bold: false,
    italic: false,
    underline: false,
    strike: false,
    code: false,
    href: null,
    // Whitespace alone is not marked: an underlined or struck-out gap says nothing to a reader.
    ...(change !== 'same' && text.trim() !== '' ? { change } : {}),
  };
}

/**
 * Word segments as paragraphs: a blank line (between blocks of the rich text) starts a new
 * paragraph, a single newline is a line break. A segment spanning paragraphs keeps its mark in
 * each of them.
 */
export function segmentParagraphs(segments: readonly DiffSegment[]): ParagraphBlock[] {
  const paragraphs: Inline[][] = [[]];
  for (const segment of segments) {
    cleanText(segment.text)
      .split(/\n{2,}/)
      .forEach((part, partIndex) => {
        if (partIndex > 0) paragraphs.push([]);
        const current = paragraphs[paragraphs.length - 1] ?? [];
        part.split('\n').forEach((line, lineIndex) => {
          if (lineIndex > 0) current.push({ type: 'break' });
          // Spaces around marked words stay unmarked, so the underline stops where the word does.
          const [, lead = '', core = '', trail = ''] =
            segment.kind === 'same' ? ['', '', line, ''] : (/^(\s*)(.*?)(\s*)$/su.exec(line) ?? []);
          for (const [text, kind] of [
            [lead, 'same'],
            [core, segment.kind],
            [trail, 'same'],
          ] as const) {
            if (text !== '') current.push(run(text, kind));
          }
        });
      });
  }
  return paragraphs
    .map((content) => {
      while (content[0]?.type === 'break') content.shift();
      while (content[content.length - 1]?.type === 'break') content.pop();
      return content;
    })
    .filter((content) => content.some((inline) => inline.type === 'text' && inline.text.trim()))
    .map((content) => ({ type: 'paragraph', content }));
}

function fillTemplate(template: string, from: string, to: string): string {
  return template.replace('{from}', from).replace('{to}', to);
}

type ItemDiff = FocusAreaDiff | StrategyDiff;

function itemChanged(item: ItemDiff): boolean {
  return item.status !== 'kept' || item.moved || item.changed;
}

function areaDiffers(area: FocusAreaDiff): boolean {
  return itemChanged(area) || area.strategies.some(itemChanged);
}

/** "Ny", "Fjernet", "Flyttet fra 1.2 til 1.3, Endret": what happened to one item, in words. */
export function statusWords(item: ItemDiff, labels: ExportLabels): string {
  if (item.status === 'added') return labels.itemAdded;
  if (item.status === 'removed') return labels.itemRemoved;
  const words: string[] = [];
  const numbers = (template: string) =>
    fillTemplate(template, item.numberBefore ?? '', item.numberAfter ?? '');
  if (item.moved) words.push(numbers(labels.itemMoved));
  // Renumbered by moves around it: its new number is worth telling, but it did not move.
  else if (item.numberBefore !== item.numberAfter) words.push(numbers(labels.itemRenumbered));
  if (item.changed) words.push(labels.itemEdited);
  return words.join(', ');
}

function withStatus(text: string, status: string): string {
  return status === '' ? text : `${text} (${status})`;
}

/** The text after for new items, before for removed ones, with the changes marked in between. */
function afterText(diff: TextDiff): string {
  return diff.segments
    .filter((s) => s.kind !== 'removed')
    .map((s) => s.text)
    .join('');
}

function beforeText(diff: TextDiff): string {
  return diff.segments
    .filter((s) => s.kind !== 'added')
    .map((s) => s.text)
    .join('');
}

interface Walk {
  labels: ExportLabels;
  blocks: ExportBlock[];
  nextAnchor: () => string;
}

function heading(
  walk: Walk,
  level: number,
  role: HeadingBlock['role'],
  number: string | null,
  text: string,
): void {
  walk.blocks.push({
    type: 'heading',
    level,
    role,
    number,
    text,
    anchor: walk.nextAnchor(),
    pageBreakBefore: false,
  });
}

/** A labelled line ("Tittel: …") with the marked text, for changes that are not bodies. */
function labelled(walk: Walk, label: string, diff: TextDiff): void {
  const [first, ...rest] = segmentParagraphs(diff.segments);
  if (!first) return;
  const prefix: TextRun = { ...run(`${label}: `, 'same'), bold: true };
  walk.blocks.push({ type: 'paragraph', content: [prefix, ...first.content] }, ...rest);
}

function strategy(walk: Walk, item: StrategyDiff): void {
  const number = item.numberAfter ?? item.numberBefore;
  heading(
    walk,
    2,
    'strategy',
    number,
    withStatus(`${walk.labels.strategy} ${number ?? ''}`.trim(), statusWords(item, walk.labels)),
  );
  // A move alone leaves the text as it was; printing it again would bury the real changes.
  if (item.status !== 'kept' || item.body.changed)
    walk.blocks.push(...segmentParagraphs(item.body.segments));
}

function focusArea(walk: Walk, area: FocusAreaDiff): void {
  const { labels } = walk;
  const number = area.numberAfter ?? area.numberBefore;
  const shownTitle =
    singleLine(area.status === 'removed' ? beforeText(area.title) : afterText(area.title)) ||
    labels.untitled;
  const text = [number, shownTitle].filter(Boolean).join(' ');
  heading(
    walk,
    1,
    'focusArea',
    number,
    withStatus(text, itemChanged(area) ? statusWords(area, labels) : ''),
  );
  if (area.status === 'kept' && area.title.changed) labelled(walk, labels.titleLabel, area.title);
  if (area.status !== 'kept' || area.body.changed)
    walk.blocks.push(...segmentParagraphs(area.body.segments));
  for (const item of area.strategies) if (itemChanged(item)) strategy(walk, item);
}

/**
 * The changes between two versions of a plan as a printable document: a title page ("Endringer
 * fra … til …"), then the purpose if it changed and each focus area and strategy that is new,
 * removed, moved or edited, under a heading with its number and what happened to it, and its text
 * with added and removed words marked. Unchanged items are left out: the report is read next to
 * the plan, not instead of it. Pure, like buildExportDocument.
 */
export function buildChangeReport(diff: PlanDiff, meta: ChangeReportMeta): ExportDocument {
  const labels = exportLabels(meta.locale);
  const from = singleLine(meta.fromName);
  const to = singleLine(meta.toName);
  const title = fillTemplate(labels.changesTitle, from, to);
  const planTitle = singleLine(meta.planTitle) || labels.untitled;
  let count = 0;
  const walk: Walk = { labels, blocks: [], nextAnchor: () => `change_${++count}` };
  if (diff.title.changed) labelled(walk, labels.titleLabel, diff.title);
  if (diff.purpose.changed) {
    heading(walk, 1, 'purpose', null, withStatus(labels.purpose, labels.itemEdited));
    walk.blocks.push(...segmentParagraphs(diff.purpose.segments));
  }
  for (const area of diff.focusAreas) if (areaDiffers(area)) focusArea(walk, area);
  if (walk.blocks.length === 0 || !diff.changed) {
    walk.blocks = [{ type: 'paragraph', content: [run(labels.noChanges, 'same')] }];
  }
  return {
    language: languageTag(meta.locale),
    title,
    municipality: singleLine(meta.municipality),
    subject: `${planTitle} · ${from} → ${to}`,
    creator: 'Medverk',
    labels,
    blocks: [
      {
        type: 'titlePage',
        municipality: singleLine(meta.municipality),
        title,
        fields: [
          { label: labels.planTitle, value: planTitle },
          { label: labels.fromVersion, value: from },
          { label: labels.toVersion, value: to },
          { label: labels.date, value: formatDate(meta.date, meta.locale) },
        ],
      },
      ...walk.blocks,
    ],
  };
}
