import * as Y from 'yjs';
import { markName, paragraph, type RichMark, type RichNode } from '../richText';
import { MaxRichAttributeLength, RichTextMarks, RichTextNodes, markValueFits } from './planShape';
import { describeValue, joinPath, type ProblemSink } from './problems';
import { foreignItems } from './yTypes';

function attributeFits(value: unknown): boolean {
  if (value === undefined) return true;
  const json = JSON.stringify(value) as string | undefined;
  return json !== undefined && json.length <= MaxRichAttributeLength;
}

function checkText(text: Y.XmlText, path: string, report: ProblemSink): void {
  for (const op of text.toDelta() as { insert?: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof op.insert !== 'string')
      report({ path, message: `embedded ${describeValue(op.insert)} in text` });
    for (const [key, value] of Object.entries(op.attributes ?? {})) {
      if (!RichTextMarks.has(markName(key))) report({ path, message: `unknown mark "${key}"` });
      else if (!markValueFits(markName(key), value)) report({ path, message: `unsafe link in mark "${key}"` });
      else if (!attributeFits(value))
        report({ path, message: `mark "${key}" has an oversized value` });
    }
  }
}

function checkChildren(parent: Y.XmlFragment, path: string, report: ProblemSink): void {
  // An element keeps its attributes under keys; a bare fragment has none.
  if (!(parent instanceof Y.XmlElement)) {
    for (const item of foreignItems(parent, false)) {
      report({ path, message: `stray key "${item.parentSub ?? ''}" in rich text` });
    }
  }
  parent.toArray().forEach((child: unknown, index) => {
    const at = joinPath(path, String(index));
    if (child instanceof Y.XmlElement) {
      if (!RichTextNodes.has(child.nodeName))
        report({ path: at, message: `unknown node "${child.nodeName}"` });
      for (const [key, value] of Object.entries(child.getAttributes())) {
        if (!attributeFits(value)) report({ path: at, message: `attribute "${key}" is too long` });
      }
      checkChildren(child, at, report);
    } else if (child instanceof Y.XmlText) {
      checkText(child, at, report);
    } else {
      report({ path: at, message: `${describeValue(child)} in rich text` });
    }
  });
}

/** Reports what in a rich-text fragment the editor's schema does not know. */
export function checkRichText(fragment: Y.XmlFragment, path: string, report: ProblemSink): void {
  checkChildren(fragment, path, report);
}

function sanitizeMarks(marks: readonly RichMark[] | undefined): RichMark[] | undefined {
  const kept = (marks ?? []).filter(
    (mark) => RichTextMarks.has(mark.type) && attributeFits(mark.attrs) && markValueFits(mark.type, mark.attrs ?? {}),
  );
  return kept.length > 0 ? kept : undefined;
}

function sanitizeAttrs(
  attrs: Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  const kept = Object.entries(attrs ?? {}).filter(([, value]) => attributeFits(value));
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

const isInline = (node: RichNode): boolean => node.type === 'text' || node.type === 'hardBreak';

/**
 * The nodes with every unknown node replaced by its (sanitized) content, so its text survives,
 * and unknown marks and oversized attributes dropped. `inline` says whether the nodes sit in a
 * text block; at block level, inline content left over from an unknown node gets a paragraph.
 */
function sanitizeNodes(nodes: readonly RichNode[], inline: boolean): RichNode[] {
  const result: RichNode[] = [];
  let run: RichNode[] = [];
  const flush = (): void => {
    if (run.length > 0) result.push({ type: 'paragraph', content: run });
    run = [];
  };
  const push = (node: RichNode): void => {
    if (!inline && isInline(node)) run.push(node);
    else {
      flush();
      result.push(node);
    }
  };
  for (const node of nodes) {
    if (node.type === 'text') {
      const marks = sanitizeMarks(node.marks);
      push(
        marks
          ? { type: 'text', text: node.text ?? '', marks }
          : { type: 'text', text: node.text ?? '' },
      );
    } else if (RichTextNodes.has(node.type)) {
      const content = node.content ?? [];
      const childInline = content.some(isInline);
      const clean: RichNode = { type: node.type };
      const attrs = sanitizeAttrs(node.attrs);
      if (attrs) clean.attrs = attrs;
      const children = sanitizeNodes(content, childInline);
      if (children.length > 0) clean.content = children;
      push(clean);
    } else {
      const children = sanitizeNodes(
        node.content ?? [],
        inline || (node.content ?? []).some(isInline),
      );
      for (const child of children) push(child);
    }
  }
  flush();
  return result;
}

/** Blocks as the editor's schema accepts them (see `sanitizeNodes`). */
export function sanitizeRichText(blocks: readonly RichNode[]): RichNode[] {
  return sanitizeNodes(blocks, false);
}

/** Blocks that keep the text of a value stored where rich text belongs (e.g. a plain string). */
export function richTextFromPlain(text: string): RichNode[] {
  return text === '' ? [] : text.split('\n\n').map(paragraph);
}
