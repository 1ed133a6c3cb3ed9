import type { ReactNode } from 'react';
import type { RichMark, RichNode } from '../../shared/plan/richText';
import { safeHref } from '../../shared/text/safeLink';

function withMark(content: ReactNode, mark: RichMark, key: number): ReactNode {
  if (mark.type === 'bold') return <strong key={key}>{content}</strong>;
  if (mark.type === 'italic') return <em key={key}>{content}</em>;
  if (mark.type === 'link') {
    const href = safeHref(mark.attrs?.href);
    return href ? (
      <a key={key} className="ds-link" href={href} rel="noopener noreferrer">
        {content}
      </a>
    ) : (
      content
    );
  }
  return content;
}

const BLOCKS: Record<string, string> = {
  paragraph: 'p',
  bulletList: 'ul',
  orderedList: 'ol',
  listItem: 'li',
  blockquote: 'blockquote',
};
const CLASSES: Record<string, string> = {
  p: 'mb-3',
  ul: 'mb-3 list-disc pl-6',
  ol: 'mb-3 list-decimal pl-6',
  blockquote: 'mb-3 border-l-4 border-neutral-border-subtle pl-4',
};

function renderNode(node: RichNode, key: number, base: number): ReactNode {
  if (node.type === 'text') {
    return (node.marks ?? []).reduce<ReactNode>(
      (content, mark, index) => withMark(content, mark, index),
      node.text ?? '',
    );
  }
  if (node.type === 'hardBreak') return <br key={key} />;
  const children = (node.content ?? []).map((child, index) => renderNode(child, index, base));
  if (node.type === 'heading') {
    const level = typeof node.attrs?.level === 'number' ? node.attrs.level : 1;
    const Heading = `h${Math.min(6, Math.max(2, base + level))}` as 'h2';
    return (
      <Heading key={key} className="ds-heading mb-2 mt-4" data-size="2xs">
        {children}
      </Heading>
    );
  }
  const Tag = (BLOCKS[node.type] ?? 'div') as 'p';
  return children.length > 0 || Tag === 'p' ? (
    <Tag key={key} className={CLASSES[Tag]}>
      {children}
    </Tag>
  ) : null;
}

/**
 * Rich text built as React elements, so every text is escaped: paragraphs, headings, lists,
 * bold, italic and links (http, https and mailto only). What is unknown keeps its text.
 * `headingBase` is the level of the heading above; a heading inside sits below it.
 */
/** `lang`: the text's language when the page may be in another (WCAG 3.1.2). */
export function RichText({
  nodes,
  headingBase,
  lang,
}: {
  nodes: readonly RichNode[];
  headingBase: number;
  lang?: string | undefined;
}) {
  const content = nodes.map((node, index) => renderNode(node, index, headingBase));
  return lang ? <div lang={lang}>{content}</div> : <>{content}</>;
}
