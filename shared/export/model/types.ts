import type { SdgNumber } from '../../public/sdgs';
import type { ExportLabels, ExportLocale } from '../labels';

/** Where a strategy came from: the workshop activity whose result it was drafted from. */
export interface StrategyProvenance {
  strategyNumber: string;
  workshop: string;
  activity: string;
  votes: number;
  contributors: number;
}

export interface Contributor {
  name: string;
  association: string | null;
}

/**
 * A goal of the municipality's master plan the plan serves (kommuneplanens samfunnsdel), with
 * the focus areas (ids in the plan document) linked to it. Goals are kept beside the plan, not
 * in it, so they come with the meta.
 */
export interface ExportGoal {
  /** The master plan's own numbering, e.g. «2» or «2.1»; may be empty. */
  number: string;
  title: string;
  /** The UN Sustainable Development Goal it builds on (1–17), or null. */
  sdg: SdgNumber | null;
  focusAreaIds: string[];
}

export interface HistoryEntry {
  /** The version's name, e.g. "Til førstegangsbehandling". */
  name: string;
  /** The political step it was frozen for. */
  step: string;
  date: Date;
}

/** What the case file needs besides the plan's content. Appendices appear only when given. */
export interface ExportMeta {
  municipality: string;
  planTitle: string;
  versionName: string | null;
  /** e.g. "Utkast", "Til førstegangsbehandling". */
  status: string;
  date: Date;
  locale: ExportLocale;
  provenance?: StrategyProvenance[];
  contributors?: Contributor[];
  history?: HistoryEntry[];
  /** The master plan's goals, in the owner's order: a table after the purpose when any. */
  goals?: ExportGoal[];
}

export type TextChange = 'added' | 'removed';

/** An open suggestion a run is part of: DOCX writes it as a tracked change with this author. */
export interface RunSuggestion {
  kind: 'insert' | 'delete';
  id: string;
  author: string;
  date: Date;
}

/** A run of text with its formatting; `href` is set only for links with a safe scheme. */
export interface TextRun {
  type: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  code: boolean;
  href: string | null;
  /** Set only in change reports: text the newer version added or the older one had. */
  change?: TextChange;
  /** Set only in exports with comments: the ids of the `ExportComment`s on this text. */
  comments?: string[];
  /** Set only in exports with suggestions: text an open suggestion inserts or deletes. */
  suggestion?: RunSuggestion;
}

export interface LineBreak {
  type: 'break';
}

export type Inline = TextRun | LineBreak;

export interface TitlePageField {
  label: string;
  value: string;
}

export interface TitlePageBlock {
  type: 'titlePage';
  municipality: string;
  title: string;
  /** Version, status and date, in that order; version only when the export is of a version. */
  fields: TitlePageField[];
  /** Comments on parts of the plan that no longer exist hang on the title. */
  comments?: string[];
}

export interface TocEntry {
  level: number;
  text: string;
  anchor: string;
}

/** Where the table of contents goes; its entries are the headings up to `TOC_DEPTH`. */
export interface TocBlock {
  type: 'toc';
  title: string;
  depth: number;
  entries: TocEntry[];
}

export type HeadingRole = 'purpose' | 'goals' | 'focusArea' | 'strategy' | 'content' | 'appendix';

export interface HeadingBlock {
  type: 'heading';
  /** 1 = focus area, purpose, appendix; 2 = strategy; 3–6 = headings typed inside the text. */
  level: number;
  role: HeadingRole;
  /** The plan's own numbering ("1", "1.1"), null for unnumbered headings. */
  number: string | null;
  /** The full text to show, number included: "1 Møteplasser", "Strategi 1.1". */
  text: string;
  /** A stable id for links, bookmarks and destinations; unique within the document. */
  anchor: string;
  /** Appendices start on a new page in print. */
  pageBreakBefore: boolean;
  /** Comments on the whole section, or on text of it that is gone or printed without runs. */
  comments?: string[];
}

export interface ParagraphBlock {
  type: 'paragraph';
  content: Inline[];
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  /** First number of an ordered list. */
  start: number;
  /** Each item is a sequence of blocks (paragraphs, nested lists …). */
  items: ExportBlock[][];
}

export interface QuoteBlock {
  type: 'quote';
  blocks: ExportBlock[];
}

export interface CodeBlock {
  type: 'code';
  text: string;
}

export interface RuleBlock {
  type: 'rule';
}

/** A plain-text table with one header row, for the appendices. */
export interface TableBlock {
  type: 'table';
  columns: string[];
  /** Relative column widths, one per column. */
  widths: number[];
  rows: string[][];
}

export type ExportBlock =
  | TitlePageBlock
  | TocBlock
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | QuoteBlock
  | CodeBlock
  | RuleBlock
  | TableBlock;

/** One message of a comment thread, as printed. */
export interface CommentMessage {
  author: string;
  date: Date;
  /** Empty when `deleted`: a deleted message keeps its place, not its words. */
  text: string;
  deleted: boolean;
  edited: boolean;
}

/**
 * An open comment thread, as DOCX writes it: a Word comment (the first message) with the other
 * messages as its replies, on the runs or heading whose `comments` name its id.
 */
export interface ExportComment {
  id: string;
  /** A line above the messages when the comment is not on its text: the quote, and why. */
  context: string | null;
  messages: CommentMessage[];
}

/**
 * A plan ready to print: document properties and a flat list of blocks in reading order, with
 * numbering, labels, dates and link safety already decided, so every renderer is a plain walk.
 */
export interface ExportDocument {
  /** BCP 47 tag of the document's language: "nb-NO", "nn-NO", "en-GB". */
  language: string;
  /**
   * BCP 47 tag of the plan's own text (issue #15: its content language), when the renderer is to
   * declare it; absent means the plan's text is in `language`. When the two differ, `language`
   * is the labels' and the renderers mark which blocks are which (`blockVoices`).
   */
  contentLanguage?: string;
  title: string;
  municipality: string;
  /** One line for document properties: status and version. */
  subject: string;
  creator: string;
  labels: ExportLabels;
  blocks: ExportBlock[];
  /** Set only in exports with comments as comments (DOCX); every one is on a run or heading. */
  comments?: ExportComment[];
}
