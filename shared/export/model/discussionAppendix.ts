import type { AnnotatedThread } from '../../discussion/annotate';
import { sectionKey } from '../../discussion/sections';
import type { ExportLabels, ExportLocale } from '../labels';
import type { Appendix } from './appendices';
import { commentMessages, quoteText } from './comments';
import { formatCount, formatDate } from './locale';
import { singleLine } from './text';
import type { ExportBlock, HeadingBlock, Inline, TextRun } from './types';
import type { PlanDiscussion } from './planDiscussion';

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

/** Text with line ends as breaks, in one style. */
function lines(text: string, style: { italic?: boolean } = {}): Inline[] {
  return text
    .split('\n')
    .flatMap((line, index): Inline[] => [
      ...(index > 0 ? [{ type: 'break' } as const] : []),
      ...(line === '' ? [] : [run(line, style)]),
    ]);
}

const paragraph = (content: Inline[]): ExportBlock => ({ type: 'paragraph', content });

function heading(level: number, text: string, anchor: string): HeadingBlock {
  return {
    type: 'heading',
    level,
    role: 'appendix',
    number: null,
    text,
    anchor,
    pageBreakBefore: false,
  };
}

/** What the thread is about: its text quoted, the whole section, or text that is gone. */
function context(
  thread: AnnotatedThread,
  labels: ExportLabels,
  sectionExists: boolean,
): ExportBlock[] {
  const quote: ExportBlock[] =
    thread.quote === null
      ? []
      : [{ type: 'quote', blocks: [paragraph(lines(quoteText(thread.quote)))] }];
  if (!sectionExists)
    return [paragraph([run(labels.commentSectionGone, { italic: true })]), ...quote];
  if (thread.placement === 'section')
    return [paragraph([run(labels.commentOnSection, { italic: true })])];
  if (thread.placement === 'detached')
    return [paragraph([run(`${labels.commentTextGone}:`, { italic: true })]), ...quote];
  return quote;
}

function messages(
  thread: AnnotatedThread,
  labels: ExportLabels,
  locale: ExportLocale,
): ExportBlock[] {
  return commentMessages(thread.messages).flatMap((message): ExportBlock[] => {
    const header: Inline[] = [
      run(message.author, { bold: true }),
      run(` · ${formatDate(message.date, locale)}`),
    ];
    if (message.edited) header.push(run(` · ${labels.messageEdited}`));
    const body = message.deleted
      ? [run(labels.messageDeleted, { italic: true })]
      : lines(message.text);
    return [paragraph(header), ...(body.length > 0 ? [paragraph(body)] : [])];
  });
}

function suggestionsNote(count: number, labels: ExportLabels, locale: ExportLocale): ExportBlock[] {
  if (count === 0) return [];
  const text = count === 1 ? labels.openSuggestionsOne : labels.openSuggestionsMany;
  return [paragraph([run(text.replace('{count}', formatCount(count, locale)), { italic: true })])];
}

/**
 * The open threads as an appendix for print (PDF, HTML), where comments have no margin to live
 * in: grouped under their section's heading, in reading order, each with what it is about and
 * its messages with authors and dates. Suggestions are only counted: print cannot track changes.
 * `sectionTitles` maps section keys to the headings the plan prints.
 */
export function discussionAppendix(
  discussion: PlanDiscussion,
  sectionTitles: ReadonlyMap<string, string>,
  labels: ExportLabels,
  locale: ExportLocale,
): Appendix {
  const blocks: ExportBlock[] = [];
  if (discussion.threads.length === 0) blocks.push(paragraph([run(labels.commentsNone)]));
  blocks.push(...suggestionsNote(discussion.openSuggestions, labels, locale));
  let group: string | null = null;
  discussion.threads.forEach((thread, index) => {
    const title = sectionTitles.get(sectionKey(thread.section));
    const groupTitle = title ?? labels.commentsRemovedParts;
    if (groupTitle !== group) {
      group = groupTitle;
      blocks.push(heading(2, groupTitle, `comments_${index + 1}`));
    }
    // A function, so a "$&" in someone's name is not read as a replacement pattern.
    const text = labels.commentHeading
      .replace('{n}', String(index + 1))
      .replace('{author}', () => singleLine(thread.author.name));
    blocks.push(heading(3, text, `comment_${index + 1}`));
    blocks.push(
      ...context(thread, labels, title !== undefined),
      ...messages(thread, labels, locale),
    );
  });
  return { title: labels.commentsTitle, blocks };
}
