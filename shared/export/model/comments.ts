import type { AnnotatedThread } from '../../discussion/annotate';
import { sectionKey } from '../../discussion/sections';
import type { MessageRecord } from '../../discussion/types';
import type { ExportLabels } from '../labels';
import { cleanText, singleLine } from './text';
import type {
  CommentMessage,
  ExportBlock,
  ExportComment,
  HeadingBlock,
  TitlePageBlock,
} from './types';

/** Quotes are for finding the place, not for reprinting the plan: long ones are cut. */
const MAX_QUOTE = 1_000;

export function quoteText(quote: string): string {
  const text = cleanText(quote).trim();
  return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE).trimEnd()} …` : text;
}

export function commentMessages(messages: readonly MessageRecord[]): CommentMessage[] {
  return messages.map((message) => {
    const deleted = message.deletedAt !== null;
    return {
      author: singleLine(message.author.name),
      date: new Date(message.createdAt),
      text: deleted ? '' : cleanText(message.body).trim(),
      deleted,
      edited: !deleted && message.editedAt !== null,
    };
  });
}

function collectIds(blocks: readonly ExportBlock[], ids: Set<string>): Set<string> {
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
      case 'titlePage':
        for (const id of block.comments ?? []) ids.add(id);
        break;
      case 'paragraph':
        for (const inline of block.content) {
          if (inline.type === 'text') for (const id of inline.comments ?? []) ids.add(id);
        }
        break;
      case 'list':
        for (const item of block.items) collectIds(item, ids);
        break;
      case 'quote':
        collectIds(block.blocks, ids);
        break;
      default:
        break;
    }
  }
  return ids;
}

/** Where a comment is put when its text is not in the printed runs: why, and what it quoted. */
function contextLine(
  thread: AnnotatedThread,
  labels: ExportLabels,
  sectionExists: boolean,
): string | null {
  const quote = thread.quote === null ? null : `«${quoteText(thread.quote)}»`;
  if (!sectionExists)
    return quote ? `${labels.commentSectionGone}: ${quote}` : labels.commentSectionGone;
  if (thread.placement === 'detached') return `${labels.commentTextGone}: ${quote ?? ''}`;
  return quote;
}

/**
 * The threads as Word comments. A thread whose text is in the printed runs is already marked
 * there; any other (section-wide, text gone, text printed without runs such as code) goes on its
 * section's heading with a line saying what it was about, and one on a section that no longer
 * exists goes on the title. Sets `comments` on those blocks, which the caller has just built.
 */
export function placeComments(
  blocks: readonly ExportBlock[],
  targets: { headings: ReadonlyMap<string, HeadingBlock>; title: TitlePageBlock },
  threads: readonly AnnotatedThread[],
  labels: ExportLabels,
): ExportComment[] {
  const placed = collectIds(blocks, new Set());
  return threads.map((thread) => {
    let context: string | null = null;
    if (!placed.has(thread.id)) {
      const heading = targets.headings.get(sectionKey(thread.section));
      const target = heading ?? targets.title;
      target.comments = [...(target.comments ?? []), thread.id];
      context = contextLine(thread, labels, heading !== undefined);
    }
    return { id: thread.id, context, messages: commentMessages(thread.messages) };
  });
}
