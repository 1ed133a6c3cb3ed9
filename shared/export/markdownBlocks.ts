import type { RichNode } from '../plan/richText';
import { codeFence, escapeHeadingEnd } from './markdownEscape';
import { renderInline } from './markdownInline';

/**
 * Block-level Markdown for rich-text content that sits under a section heading of level
 * `sectionLevel`: headings inside the content are shifted below it (h1 → sectionLevel + 1).
 */
export function renderBlocks(blocks: readonly RichNode[], sectionLevel: number): string {
  return renderSequence(blocks, sectionLevel, () => '\n\n');
}

/**
 * Renders blocks joined by `separator`. Two lists of the same kind in a row would merge into one
 * Markdown list unless their markers differ, so every second one uses the alternate marker.
 */
function renderSequence(
  blocks: readonly RichNode[],
  sectionLevel: number,
  separator: (previous: RichNode, next: RichNode) => string,
): string {
  let out = '';
  let previous: RichNode | undefined;
  let previousAlternate = false;
  for (const block of blocks) {
    const alternate: boolean = previous?.type === block.type && isList(block) && !previousAlternate;
    const text = renderBlock(block, sectionLevel, alternate);
    if (text === '') continue;
    out += previous ? separator(previous, block) + text : text;
    previous = block;
    previousAlternate = alternate;
  }
  return out;
}

function isList(node: RichNode): boolean {
  return node.type === 'bulletList' || node.type === 'orderedList';
}

function hasInlineContent(node: RichNode): boolean {
  return (node.content ?? []).some((child) => child.type === 'text' || child.type === 'hardBreak');
}

function numberAttr(node: RichNode, name: string, fallback: number): number {
  const value = node.attrs?.[name];
  return typeof value === 'number' && Number.isInteger(value) ? value : fallback;
}

function renderBlock(node: RichNode, sectionLevel: number, alternate: boolean): string {
  const content = node.content ?? [];
  switch (node.type) {
    case 'paragraph':
      return renderInline(content);
    case 'heading': {
      const text = renderInline(content, ' ');
      if (text === '') return '';
      const level = Math.min(6, Math.max(1, numberAttr(node, 'level', 1) + sectionLevel));
      return `${'#'.repeat(level)} ${escapeHeadingEnd(text)}`;
    }
    case 'bulletList':
      return content
        .map((item) => renderListItem(item, alternate ? '*' : '-', sectionLevel))
        .join('\n');
    case 'orderedList': {
      const start = Math.max(0, numberAttr(node, 'start', 1));
      const delimiter = alternate ? ')' : '.';
      return content
        .map((item, index) => renderListItem(item, `${start + index}${delimiter}`, sectionLevel))
        .join('\n');
    }
    case 'blockquote':
      return prefixLines(renderBlocks(content, sectionLevel), '> ', '>');
    case 'codeBlock':
      return codeFence(content.map((child) => child.text ?? '').join(''), node.attrs?.language);
    case 'horizontalRule':
      return '---';
    default:
      // A node this exporter does not know still shows its text.
      return hasInlineContent(node) ? renderInline(content) : renderBlocks(content, sectionLevel);
  }
}

/** Blocks of one item, indented under its marker; a nested list follows its text directly. */
function renderListItem(item: RichNode, marker: string, sectionLevel: number): string {
  const blocks = item.type === 'listItem' ? (item.content ?? []) : [item];
  const body = renderSequence(blocks, sectionLevel, (previous, next) =>
    isList(next) && !isList(previous) ? '\n' : '\n\n',
  );
  if (body === '') return marker;
  const indent = ' '.repeat(marker.length + 1);
  const [first = '', ...rest] = body.split('\n');
  const lines = [`${marker} ${first}`, ...rest.map((line) => (line === '' ? '' : indent + line))];
  return lines.join('\n');
}

function prefixLines(text: string, prefix: string, emptyPrefix: string): string {
  if (text === '') return '';
  return text
    .split('\n')
    .map((line) => (line === '' ? emptyPrefix : prefix + line))
    .join('\n');
}
