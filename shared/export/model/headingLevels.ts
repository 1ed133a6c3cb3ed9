import type { ExportBlock } from './types';

/**
 * Headings typed in the text may skip levels (an h3 straight under a focus area). Assistive
 * technology and PDF/UA expect no jumps downwards, so a typed heading is lifted to at most one
 * level below the heading before it; the plan's own headings keep their levels.
 */
export function normalizeHeadingLevels(blocks: readonly ExportBlock[]): ExportBlock[] {
  let previous = 0;
  const walk = (list: readonly ExportBlock[]): ExportBlock[] =>
    list.map((block): ExportBlock => {
      switch (block.type) {
        case 'heading': {
          const level =
            block.role === 'content' ? Math.min(block.level, previous + 1) : block.level;
          previous = level;
          return level === block.level ? block : { ...block, level };
        }
        case 'list':
          return { ...block, items: block.items.map(walk) };
        case 'quote':
          return { ...block, blocks: walk(block.blocks) };
        default:
          return block;
      }
    });
  return walk(blocks);
}
