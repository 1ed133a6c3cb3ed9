import type { RichNode } from '../../plan/richText';
import { commentIdsIn, isSuggestedInsertion } from './annotations';
import { inlineText, toInlines } from './inline';
import { cleanText } from './text';
import type { ExportBlock, HeadingBlock } from './types';

/** Gives headings typed inside the text anchors that cannot clash with the plan's own. */
export interface AnchorSource {
  next(): string;
}

function hasInlineContent(node: RichNode): boolean {
  return (node.content ?? []).some((child) => child.type === 'text' || child.type === 'hardBreak');
}

function intAttr(node: RichNode, name: string, fallback: number): number {
  const value = node.attrs?.[name];
  return typeof value === 'number' && Number.isInteger(value) ? value : fallback;
}

function heading(node: RichNode, sectionLevel: number, anchors: AnchorSource): HeadingBlock[] {
  const text = inlineText(node.content ?? []);
  if (text === '') return [];
  // A heading typed in the text sits below the section it is in: h1 in a strategy (level 2) is 3.
  const level = Math.min(6, Math.max(1, intAttr(node, 'level', 1)) + sectionLevel);
  const block: HeadingBlock = {
    type: 'heading',
    level,
    role: 'content',
    number: null,
    text,
    anchor: anchors.next(),
    pageBreakBefore: false,
  };
  // A heading prints as plain text: comments on part of it are on all of it.
  const comments = commentIdsIn(toInlines(node.content ?? []));
  if (comments.length > 0) block.comments = comments;
  return [block];
}

function listItems(node: RichNode, sectionLevel: number, anchors: AnchorSource): ExportBlock[][] {
  return (node.content ?? []).map((item) =>
    item.type === 'listItem'
      ? toBlocks(item.content ?? [], sectionLevel, anchors)
      : toBlocks([item], sectionLevel, anchors),
  );
}

function toBlock(node: RichNode, sectionLevel: number, anchors: AnchorSource): ExportBlock[] {
  const content = node.content ?? [];
  switch (node.type) {
    case 'paragraph': {
      const inlines = toInlines(content);
      // Empty paragraphs are spacing in the editor; print has its own spacing.
      return inlines.length > 0 ? [{ type: 'paragraph', content: inlines }] : [];
    }
    case 'heading':
      return heading(node, sectionLevel, anchors);
    case 'bulletList':
    case 'orderedList': {
      const items = listItems(node, sectionLevel, anchors);
      if (items.length === 0) return [];
      const ordered = node.type === 'orderedList';
      return [{ type: 'list', ordered, start: Math.max(0, intAttr(node, 'start', 1)), items }];
    }
    case 'blockquote': {
      const blocks = toBlocks(content, sectionLevel, anchors);
      return blocks.length > 0 ? [{ type: 'quote', blocks }] : [];
    }
    case 'codeBlock': {
      const typed = content.filter((child) => !isSuggestedInsertion(child));
      const text = cleanText(typed.map((child) => child.text ?? '').join('')).replace(/\n+$/, '');
      return text === '' ? [] : [{ type: 'code', text }];
    }
    case 'horizontalRule':
      return [{ type: 'rule' }];
    default:
      // A node this exporter does not know still shows its text.
      if (hasInlineContent(node)) {
        const inlines = toInlines(content);
        return inlines.length > 0 ? [{ type: 'paragraph', content: inlines }] : [];
      }
      return toBlocks(content, sectionLevel, anchors);
  }
}

/**
 * Rich text as export blocks, under a section heading of level `sectionLevel`. Empty blocks are
 * left out, so a section nobody has written yet prints as its heading alone.
 */
export function toBlocks(
  nodes: readonly RichNode[],
  sectionLevel: number,
  anchors: AnchorSource,
): ExportBlock[] {
  return nodes.flatMap((node) => toBlock(node, sectionLevel, anchors));
}
