import * as Y from 'yjs';

/**
 * Rich text as a plain tree, shaped like ProseMirror JSON, read from (and written to) the
 * Y.XmlFragment that TipTap's Collaboration extension binds (@tiptap/y-tiptap): an element is a
 * Y.XmlElement named after the node type with the node attrs as attributes; a run of text is a
 * Y.XmlText whose delta carries the marks as attributes, mark name → mark attrs.
 */
export interface RichMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface RichNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichNode[];
  text?: string;
  marks?: RichMark[];
}

/** What Y.XmlElement accepts as an attribute value. */
type AttrValue = string | number | boolean | object | null;

interface DeltaOp {
  insert?: unknown;
  attributes?: Record<string, unknown>;
}

/**
 * y-tiptap stores a mark that may overlap itself (`excludes: ''`) under `name--<8-char hash>`
 * so several can coexist on one character; the hash is not part of the mark's name.
 */
const hashedMarkName = /^(.*)--[a-zA-Z0-9+/=]{8}$/;

export function markName(attribute: string): string {
  return hashedMarkName.exec(attribute)?.[1] ?? attribute;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keys sorted so that the same document yields byte-identical JSON on every replica. */
function sortedAttrs(attrs: Record<string, unknown>): Record<string, unknown> | undefined {
  const keys = Object.keys(attrs).filter((key) => attrs[key] !== null && attrs[key] !== undefined);
  if (keys.length === 0) return undefined;
  const sorted: Record<string, unknown> = {};
  for (const key of keys.sort()) sorted[key] = attrs[key];
  return sorted;
}

function marksOf(attributes: Record<string, unknown> | undefined): RichMark[] {
  if (!attributes) return [];
  return Object.entries(attributes).map(([key, value]) => {
    const attrs = isPlainObject(value) ? sortedAttrs(value) : undefined;
    return attrs ? { type: markName(key), attrs } : { type: markName(key) };
  });
}

function textToJson(text: Y.XmlText): RichNode[] {
  const nodes: RichNode[] = [];
  for (const op of text.toDelta() as DeltaOp[]) {
    // y-prosemirror never writes embeds into text; anything else is not ours to show.
    if (typeof op.insert !== 'string' || op.insert === '') continue;
    const marks = marksOf(op.attributes);
    nodes.push(
      marks.length > 0
        ? { type: 'text', text: op.insert, marks }
        : { type: 'text', text: op.insert },
    );
  }
  return nodes;
}

function elementToJson(element: Y.XmlElement): RichNode {
  const node: RichNode = { type: element.nodeName };
  const attrs = sortedAttrs(element.getAttributes());
  if (attrs) node.attrs = attrs;
  const content = childrenToJson(element);
  if (content.length > 0) node.content = content;
  return node;
}

function childrenToJson(parent: Y.XmlFragment | Y.XmlElement): RichNode[] {
  const nodes: RichNode[] = [];
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlElement) nodes.push(elementToJson(child));
    else if (child instanceof Y.XmlText) nodes.push(...textToJson(child));
  }
  return nodes;
}

/** The blocks of a rich-text fragment. Stray top-level text is wrapped in a paragraph. */
export function fragmentToJson(fragment: Y.XmlFragment): RichNode[] {
  const blocks: RichNode[] = [];
  for (const child of fragment.toArray()) {
    if (child instanceof Y.XmlElement) blocks.push(elementToJson(child));
    else if (child instanceof Y.XmlText) {
      const content = textToJson(child);
      if (content.length > 0) blocks.push({ type: 'paragraph', content });
    }
  }
  return blocks;
}

function inlineText(node: RichNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(inlineText).join('');
}

function blockText(node: RichNode): string {
  const content = node.content ?? [];
  const isTextblock = content.some((child) => child.type === 'text' || child.type === 'hardBreak');
  if (isTextblock) return content.map(inlineText).join('');
  return content
    .map(blockText)
    .filter((text) => text !== '')
    .join('\n');
}

/** Plain text of blocks: top-level blocks separated by a blank line, empty blocks left out. */
export function richToPlainText(blocks: readonly RichNode[]): string {
  return blocks
    .map(blockText)
    .filter((text) => text !== '')
    .join('\n\n');
}

export function fragmentToPlainText(fragment: Y.XmlFragment): string {
  return richToPlainText(fragmentToJson(fragment));
}

function marksToAttributes(marks: readonly RichMark[] | undefined): Record<string, AttrValue> {
  const attributes: Record<string, AttrValue> = {};
  for (const mark of marks ?? []) attributes[mark.type] = mark.attrs ?? {};
  return attributes;
}

/** Consecutive text nodes share one Y.XmlText, as y-prosemirror writes them. */
function textToY(run: readonly RichNode[]): Y.XmlText {
  const text = new Y.XmlText();
  text.applyDelta(
    run.map((node) => ({ insert: node.text ?? '', attributes: marksToAttributes(node.marks) })),
  );
  return text;
}

function elementToY(node: RichNode): Y.XmlElement {
  const element = new Y.XmlElement<Record<string, AttrValue>>(node.type);
  for (const [key, value] of Object.entries(node.attrs ?? {})) {
    // y-prosemirror leaves null attrs out; the schema's defaults fill them in again.
    if (value !== null && value !== undefined) element.setAttribute(key, value);
  }
  element.insert(0, nodesToY(node.content ?? []));
  return element as Y.XmlElement;
}

function nodesToY(nodes: readonly RichNode[]): (Y.XmlElement | Y.XmlText)[] {
  const children: (Y.XmlElement | Y.XmlText)[] = [];
  let run: RichNode[] = [];
  const flush = (): void => {
    if (run.some((node) => (node.text ?? '') !== '')) children.push(textToY(run));
    run = [];
  };
  for (const node of nodes) {
    if (node.type === 'text') run.push(node);
    else {
      flush();
      children.push(elementToY(node));
    }
  }
  flush();
  return children;
}

/**
 * Appends blocks to a fragment, in one transaction; the inverse of `fragmentToJson`. The fragment
 * must be in a document: a detached one cannot tell its length, so there is no end to append to.
 */
export function writeJson(fragment: Y.XmlFragment, blocks: readonly RichNode[]): void {
  const doc = fragment.doc;
  if (!doc) throw new Error('rich text can only be written to a fragment in a document');
  doc.transact(() => fragment.insert(fragment.length, nodesToY(blocks)));
}

/** A paragraph of plain text; line breaks in it become hard breaks. */
export function paragraph(text: string): RichNode {
  const content: RichNode[] = [];
  text.split('\n').forEach((line, index) => {
    if (index > 0) content.push({ type: 'hardBreak' });
    if (line !== '') content.push({ type: 'text', text: line });
  });
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

/** Appends plain-text paragraphs (demo content, tests). */
export function writeParagraphs(fragment: Y.XmlFragment, paragraphs: readonly string[]): void {
  writeJson(fragment, paragraphs.map(paragraph));
}
