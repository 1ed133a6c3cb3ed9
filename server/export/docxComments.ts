import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type ParagraphChild,
} from 'docx';
import type {
  CommentMessage,
  ExportBlock,
  ExportDocument,
  HeadingBlock,
  TextRun as ModelRun,
  TitlePageBlock,
} from '../../shared/export/model/types';

/** What can carry comments: a run, or a heading or title printed as one piece of text. */
type Target = ModelRun | HeadingBlock | TitlePageBlock;

/**
 * The document's comments as Word writes them: each thread a comment (its first message) with
 * the other messages as threaded replies (docx writes commentsExtended.xml for `parentId`), all
 * of a thread's comments on the same range, which starts before the first run that names the
 * thread and ends after the last one (ranges may cross paragraphs). Revision ids for tracked
 * changes count on from the comments', so no two annotations share an id.
 */
export interface DocxAnnotations {
  /** Comment range starts to put before a target. */
  before(target: Target): ParagraphChild[];
  /** Comment range ends and references to put after a target. */
  after(target: Target): ParagraphChild[];
  nextRevision(): number;
  /** For the Document's `comments` option; empty when the document has none. */
  comments: ICommentOptions[];
}

/** Headings are copied on the way (a page break added), so they are known by their anchor. */
const keyOf = (target: Target): object | string =>
  target.type === 'heading'
    ? `heading:${target.anchor}`
    : target.type === 'titlePage'
      ? 'title'
      : target;

function visit(
  blocks: readonly ExportBlock[],
  seen: (target: Target, ids: readonly string[]) => void,
): void {
  for (const block of blocks) {
    switch (block.type) {
      case 'titlePage':
      case 'heading':
        seen(block, block.comments ?? []);
        break;
      case 'paragraph':
        for (const inline of block.content)
          if (inline.type === 'text') seen(inline, inline.comments ?? []);
        break;
      case 'list':
        for (const item of block.items) visit(item, seen);
        break;
      case 'quote':
        visit(block.blocks, seen);
        break;
      default:
        break;
    }
  }
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 3)
    .map((word) => [...word][0]?.toUpperCase() ?? '')
    .join('');
}

function textParagraph(text: string, italics = false): Paragraph {
  const children = text.split('\n').map(
    (line, index) =>
      new TextRun({
        text: line,
        break: index > 0 ? 1 : undefined,
        italics: italics || undefined,
      }),
  );
  return new Paragraph({ children });
}

function messageParagraphs(message: CommentMessage, labels: ExportDocument['labels']): Paragraph[] {
  if (message.deleted) return [textParagraph(labels.messageDeleted, true)];
  const paragraph = textParagraph(message.text);
  if (!message.edited) return [paragraph];
  return [paragraph, textParagraph(`(${labels.messageEdited})`, true)];
}

export function docxAnnotations(doc: ExportDocument): DocxAnnotations {
  const first = new Map<string, object | string>();
  const last = new Map<string, object | string>();
  visit(doc.blocks, (target, ids) => {
    for (const id of ids) {
      if (!first.has(id)) first.set(id, keyOf(target));
      last.set(id, keyOf(target));
    }
  });
  const numbers = new Map<string, number[]>();
  const comments: ICommentOptions[] = [];
  for (const comment of doc.comments ?? []) {
    // A comment on no run or heading would be invisible in Word: the model never makes one.
    if (!first.has(comment.id)) continue;
    const [opening, ...replies] = comment.messages;
    const root = comments.length;
    const context = comment.context === null ? [] : [textParagraph(comment.context, true)];
    const openingText = opening ? messageParagraphs(opening, doc.labels) : [];
    const own = [root];
    comments.push({
      id: root,
      author: opening?.author ?? '',
      initials: initials(opening?.author ?? ''),
      date: opening?.date ?? new Date(0),
      children:
        [...context, ...openingText].length > 0
          ? [...context, ...openingText]
          : [textParagraph(doc.labels.messageDeleted, true)],
    });
    for (const reply of replies) {
      own.push(comments.length);
      comments.push({
        id: comments.length,
        parentId: root,
        author: reply.author,
        initials: initials(reply.author),
        date: reply.date,
        children: messageParagraphs(reply, doc.labels),
      });
    }
    numbers.set(comment.id, own);
  }
  const startsAt = new Map<object | string, number[]>();
  const endsAt = new Map<object | string, number[]>();
  for (const [id, own] of numbers) {
    startsAt.set(first.get(id)!, [...(startsAt.get(first.get(id)!) ?? []), ...own]);
    endsAt.set(last.get(id)!, [...(endsAt.get(last.get(id)!) ?? []), ...own]);
  }
  let revision = comments.length;
  return {
    before: (target) => (startsAt.get(keyOf(target)) ?? []).map((n) => new CommentRangeStart(n)),
    after: (target) => {
      const ending = endsAt.get(keyOf(target)) ?? [];
      return [
        ...ending.map((n) => new CommentRangeEnd(n)),
        ...ending.map((n) => new TextRun({ children: [new CommentReference(n)] })),
      ];
    },
    nextRevision: () => revision++,
    comments,
  };
}
