import type { ReactNode } from 'react';
import type { RichMark, RichNode } from '../../shared/plan/richText';
import { useContentLanguage } from '../plan-editor/contentLanguage';

/** Only these link targets become links; anything else is shown as plain text. */
const SAFE_HREF = /^(https?:|mailto:)/i;

function withMark(content: ReactNode, mark: RichMark, key: number): ReactNode {
  switch (mark.type) {
    case 'bold':
      return <strong key={key}>{content}</strong>;
    case 'italic':
      return <em key={key}>{content}</em>;
    case 'strike':
      return <s key={key}>{content}</s>;
    case 'underline':
      return <u key={key}>{content}</u>;
    case 'code':
      return <code key={key}>{content}</code>;
    case 'link': {
      const href = mark.attrs?.href;
      return typeof href === 'string' && SAFE_HREF.test(href) ? (
        <a key={key} className="ds-link" href={href} rel="noopener noreferrer">
          {content}
        </a>
      ) : (
        content
      );
    }
    default:
      return content;
  }
}

function headingLevel(node: RichNode, base: number): 2 | 3 | 4 | 5 | 6 {
  const level = typeof node.attrs?.level === 'number' ? node.attrs.level : 1;
  return Math.min(6, Math.max(2, base + level)) as 2 | 3 | 4 | 5 | 6;
}

function renderNode(node: RichNode, key: number, base: number): ReactNode {
  const children = (node.content ?? []).map((child, index) => renderNode(child, index, base));
  switch (node.type) {
    case 'text':
      return (node.marks ?? []).reduce<ReactNode>(
        (content, mark, index) => withMark(content, mark, index),
        node.text ?? '',
      );
    case 'paragraph':
      return (
        <p key={key} className="ds-paragraph mb-3">
          {children}
        </p>
      );
    case 'heading': {
      const Heading = `h${headingLevel(node, base)}` as const;
      return (
        <Heading key={key} className="ds-heading mb-2 mt-4" data-size="2xs">
          {children}
        </Heading>
      );
    }
    case 'bulletList':
      return (
        <ul key={key} className="mb-3 list-disc pl-6">
          {children}
        </ul>
      );
    case 'orderedList':
      return (
        <ol key={key} className="mb-3 list-decimal pl-6">
          {children}
        </ol>
      );
    case 'listItem':
      return <li key={key}>{children}</li>;
    case 'blockquote':
      return (
        <blockquote key={key} className="mb-3 border-l-4 border-neutral-border-subtle pl-4">
          {children}
        </blockquote>
      );
    case 'codeBlock':
      return (
        <pre key={key} className="mb-3 overflow-x-auto">
          <code>{children}</code>
        </pre>
      );
    case 'hardBreak':
      return <br key={key} />;
    case 'horizontalRule':
      return <hr key={key} className="my-4" />;
    default:
      return children.length > 0 ? <div key={key}>{children}</div> : null;
  }
}

/**
 * Rich text read-only, built as React elements (so every text is escaped). `headingBase` is the
 * level of the heading above: a heading inside the text sits below it.
 */
export function RichContent({
  nodes,
  headingBase,
}: {
  nodes: readonly RichNode[];
  headingBase: number;
}) {
  // The plan's words in the plan's language, whatever the interface's (WCAG 3.1.2).
  const lang = useContentLanguage();
  const content = nodes.map((node, index) => renderNode(node, index, headingBase));
  return lang ? <div lang={lang}>{content}</div> : <>{content}</>;
}
