import type { ReactNode } from 'react';
import type { RichMark, RichNode } from '../../../shared/plan/richText';
import { safeHref } from '../../../shared/text/safeLink';

/**
 * A rich-text field drawn without an editor (see LazyRichText): the same elements the TipTap
 * schema's toDOM makes (StarterKit and SafeLink), so the text sits exactly where the editor that
 * replaces it will put it, and find-in-page and screen readers see the words. React escapes all
 * text; an unsafe link is drawn without its address, as SafeLink does.
 */
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
    case 'link':
      return (
        <a key={key} href={safeHref(mark.attrs?.href) ?? undefined} target="_blank" rel="noopener noreferrer nofollow">
          {content}
        </a>
      );
    default:
      // Marks the editor draws as decorations only (comments, suggestions) or does not know.
      return content;
  }
}

function headingLevel(node: RichNode): 1 | 2 | 3 | 4 | 5 | 6 {
  const level = typeof node.attrs?.level === 'number' ? Math.round(node.attrs.level) : 1;
  return Math.min(6, Math.max(1, level)) as 1 | 2 | 3 | 4 | 5 | 6;
}

/** ProseMirror keeps an empty textblock one line high with a trailing <br>. */
function inline(children: ReactNode[]): ReactNode[] | ReactNode {
  return children.length > 0 ? children : <br className="ProseMirror-trailingBreak" />;
}

function renderNode(node: RichNode, key: number): ReactNode {
  const children = (node.content ?? []).map(renderNode);
  switch (node.type) {
    case 'text':
      // Innermost mark first, as ProseMirror nests them (the schema's first mark outermost).
      return (node.marks ?? []).reduceRight<ReactNode>((content, mark, index) => withMark(content, mark, index), node.text ?? '');
    case 'paragraph':
      return <p key={key}>{inline(children)}</p>;
    case 'heading': {
      const Heading = `h${headingLevel(node)}` as const;
      return <Heading key={key}>{inline(children)}</Heading>;
    }
    case 'bulletList':
      return <ul key={key}>{children}</ul>;
    case 'orderedList': {
      const start = typeof node.attrs?.start === 'number' && node.attrs.start !== 1 ? node.attrs.start : undefined;
      const type = node.attrs?.type;
      return (
        <ol key={key} start={start} type={type === 'a' || type === 'A' || type === 'i' || type === 'I' ? type : undefined}>
          {children}
        </ol>
      );
    }
    case 'listItem':
      return <li key={key}>{children}</li>;
    case 'blockquote':
      return <blockquote key={key}>{children}</blockquote>;
    case 'codeBlock':
      return (
        <pre key={key}>
          <code>{children}</code>
        </pre>
      );
    case 'hardBreak':
      return <br key={key} />;
    case 'horizontalRule':
      return <hr key={key} />;
    default:
      return children.length > 0 ? <div key={key}>{children}</div> : null;
  }
}

/** The blocks of a field (fragmentToJson) as React elements; an empty field is one empty paragraph, like the editor's. */
export function staticBlocks(blocks: readonly RichNode[]): ReactNode[] {
  if (blocks.length === 0) return [renderNode({ type: 'paragraph' }, 0)];
  return blocks.map(renderNode);
}
