import {
  BorderStyle,
  DeletedTextRun,
  ExternalHyperlink,
  InsertedTextRun,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type NumberingDefinition,
  type ParagraphChild,
} from 'docx';
import type {
  ExportBlock,
  HeadingBlock,
  Inline,
  TableBlock,
  TextRun as ModelRun,
} from '../../shared/export/model/types';
import { isSafeHref } from '../../shared/text/safeLink';
import type { DocxAnnotations } from './docxComments';
import type { NumberedHeadings } from './docxHeadingNumbers';
import {
  StyleId,
  bulletList,
  codeFont,
  orderedList,
  ruleColor,
  softFill,
  textWidth,
} from './docxStyles';

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/**
 * Where a block sits: inside how many lists, in a quote, and which list instance comes next;
 * and the document's comments and revision ids.
 */
export interface DocxContext {
  depth: number;
  quote: boolean;
  nextInstance: () => number;
  notes: DocxAnnotations;
  /** Headings Word numbers itself, with the definition they use (see docxHeadingNumbers). */
  headingNumbers?: { definition: NumberingDefinition; headings: NumberedHeadings };
}

/**
 * Change reports mark text as Word's tracked changes look (added underlined, removed struck out,
 * each in its colour) but as plain formatting: the report records what changed between two
 * frozen versions, it is not an edit anyone should "accept". The line style alone tells the two
 * apart for readers who do not see the colours.
 */
const changeColors = { added: '1A7F37', removed: 'B42318' } as const;

/** Word wants a revision's date without fractions of a second. */
const revisionDate = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Text is handed to docx as plain strings: it escapes them as XML, so nothing typed is markup.
 * Text an open suggestion inserts or deletes becomes a real tracked change (w:ins / w:del with
 * its author and date), which Word and LibreOffice let the reader accept or reject.
 */
function textRun(
  run: ModelRun,
  breakBefore: boolean,
  href: string | null,
  notes: DocxAnnotations,
): ParagraphChild {
  const change = run.change;
  const options = {
    text: run.text,
    break: breakBefore ? 1 : undefined,
    bold: run.bold || undefined,
    italics: run.italic || undefined,
    strike: run.strike || change === 'removed' || undefined,
    underline: run.underline || change === 'added' ? {} : undefined,
    color: change ? changeColors[change] : undefined,
    font: run.code ? codeFont : undefined,
    style: href !== null ? 'Hyperlink' : undefined,
  };
  const suggestion = run.suggestion;
  if (!suggestion) return new TextRun(options);
  const revision = {
    id: notes.nextRevision(),
    author: suggestion.author,
    date: revisionDate(suggestion.date),
  };
  return suggestion.kind === 'insert'
    ? new InsertedTextRun({ ...options, ...revision })
    : new DeletedTextRun({ ...options, ...revision });
}

export function runs(content: readonly Inline[], notes: DocxAnnotations): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  let pendingBreak = false;
  for (const inline of content) {
    if (inline.type === 'break') {
      // A break at the start of a run would otherwise need an empty run of its own.
      if (pendingBreak) children.push(new TextRun({ break: 1 }));
      pendingBreak = true;
      continue;
    }
    // A line break before suggested text is the plan's own, not part of the suggestion.
    if (pendingBreak && inline.suggestion) {
      children.push(new TextRun({ break: 1 }));
      pendingBreak = false;
    }
    // The model keeps only safe targets; checked again here, as a link is where harm is done.
    const href = isSafeHref(inline.href) ? inline.href : null;
    const run = textRun(inline, pendingBreak, href, notes);
    pendingBreak = false;
    children.push(...notes.before(inline));
    children.push(href !== null ? new ExternalHyperlink({ link: href, children: [run] }) : run);
    children.push(...notes.after(inline));
  }
  if (pendingBreak) children.push(new TextRun({ break: 1 }));
  return children;
}

export function heading(block: HeadingBlock, context: Pick<DocxContext, 'notes' | 'headingNumbers'>): Paragraph {
  const { notes, headingNumbers } = context;
  const numbered = headingNumbers?.headings.get(block.anchor);
  const text = numbered ? numbered.text : block.text;
  return new Paragraph({
    heading: headingLevels[Math.min(6, Math.max(1, block.level)) - 1],
    pageBreakBefore: block.pageBreakBefore || undefined,
    ...(numbered && headingNumbers
      ? { numbering: { reference: headingNumbers.definition, level: numbered.level } }
      : {}),
    children: [...notes.before(block), ...(text !== '' ? [new TextRun(text)] : []), ...notes.after(block)],
  });
}

function cellBorders() {
  const line = { style: BorderStyle.SINGLE, size: 4, color: ruleColor };
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  return { top: none, left: none, right: none, bottom: line };
}

function cell(text: string, width: number, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: cellBorders(),
    shading: header ? { type: ShadingType.CLEAR, fill: softFill, color: 'auto' } : undefined,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: [
      new Paragraph({
        spacing: { after: 0 },
        children: [new TextRun({ text, bold: header || undefined, size: 20 })],
      }),
    ],
  });
}

function table(block: TableBlock): Table {
  const total = block.widths.reduce((sum, width) => sum + width, 0) || 1;
  const widths = block.widths.map((width) => Math.round((width / total) * textWidth));
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      // Repeated at the top of every page the table runs onto.
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.columns.map((column, i) => cell(column, widths[i] ?? 0, true)),
      }),
      ...block.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((value, i) => cell(value, widths[i] ?? 0, false)),
          }),
      ),
    ],
  });
}

/** Indentation of content that belongs to a list item but is not its first paragraph. */
function itemIndent(depth: number): { left: number } | undefined {
  return depth > 0 ? { left: 567 * depth } : undefined;
}

function list(block: Extract<ExportBlock, { type: 'list' }>, context: DocxContext): FileChild[] {
  const reference = block.ordered ? orderedList(block.start) : bulletList;
  const instance = context.nextInstance();
  const level = Math.min(8, context.depth);
  const inner: DocxContext = { ...context, depth: context.depth + 1 };
  return block.items.flatMap((item) => {
    const [first, ...rest] = item;
    // The marker goes on the item's first paragraph; an item that starts otherwise gets an empty one.
    const marked = new Paragraph({
      style: context.quote ? StyleId.quote : undefined,
      numbering: { reference, level, instance },
      children: first?.type === 'paragraph' ? runs(first.content, context.notes) : [],
    });
    const remaining = first?.type === 'paragraph' ? rest : item;
    return [marked, ...toDocx(remaining, inner)];
  });
}

function block(node: ExportBlock, context: DocxContext): FileChild[] {
  const indent = itemIndent(context.depth);
  const style = context.quote ? StyleId.quote : undefined;
  switch (node.type) {
    case 'heading':
      return [heading(node, context)];
    case 'paragraph':
      return [new Paragraph({ style, indent, children: runs(node.content, context.notes) })];
    case 'list':
      return list(node, context);
    case 'quote':
      return toDocx(node.blocks, { ...context, quote: true });
    case 'code':
      return node.text
        .split('\n')
        .map(
          (line) => new Paragraph({ style: StyleId.code, indent, children: [new TextRun(line)] }),
        );
    case 'rule':
      return [
        new Paragraph({
          indent,
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: ruleColor, space: 1 } },
          children: [],
        }),
      ];
    case 'table':
      return [table(node)];
    case 'titlePage':
    case 'toc':
      // Laid out by the document itself, which knows its sections.
      return [];
  }
}

export function toDocx(nodes: readonly ExportBlock[], context: DocxContext): FileChild[] {
  return nodes.flatMap((node) => block(node, context));
}
