import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { getSchema } from '@tiptap/core';
import { DOMSerializer } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fragmentToJson, writeJson, type RichNode } from '../../../shared/plan/richText';
import { SafeLink } from './safeLinks';
import { staticBlocks } from './staticBlocks';

/** The schema the plan's editors use (MountedRichTextEditor): StarterKit without its undo and link, and SafeLink. */
const schema = getSchema([StarterKit.configure({ undoRedo: false, link: false }), SafeLink]);

const VOID = new Set(['br', 'hr']);
/** As React escapes, so the two serialisations compare as strings. */
const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
const escapeAttr = escapeText;

/** Just enough of a DOM for ProseMirror's DOMSerializer to write HTML in Node (no jsdom here). */
class FakeNode {
  childNodes: FakeNode[] = [];
  attributes = new Map<string, string>();
  constructor(
    readonly nodeName: string,
    readonly text = '',
  ) {}
  get nodeType() {
    return this.nodeName === '#text' ? 3 : this.nodeName === '#fragment' ? 11 : 1;
  }
  get firstChild(): FakeNode | null {
    return this.childNodes[0] ?? null;
  }
  appendChild(child: FakeNode) {
    this.childNodes.push(child);
    return child;
  }
  setAttribute(name: string, value: string) {
    this.attributes.set(name, String(value));
  }
  get html(): string {
    if (this.nodeName === '#text') return escapeText(this.text);
    const inner = this.childNodes.map((child) => child.html).join('');
    if (this.nodeName === '#fragment') return inner;
    const attrs = [...this.attributes].map(([name, value]) => ` ${name}="${escapeAttr(value)}"`).join('');
    return VOID.has(this.nodeName) ? `<${this.nodeName}${attrs}/>` : `<${this.nodeName}${attrs}>${inner}</${this.nodeName}>`;
  }
}

const fakeDocument = {
  createElement: (name: string) => new FakeNode(name),
  createElementNS: (_ns: string, name: string) => new FakeNode(name),
  createTextNode: (text: string) => new FakeNode('#text', text),
  createDocumentFragment: () => new FakeNode('#fragment'),
} as unknown as Document;

/** What the editor's schema draws for these blocks (its toDOM), attributes sorted. */
function editorHtml(blocks: RichNode[]): string {
  const doc = schema.nodeFromJSON({ type: 'doc', content: blocks });
  const fragment = DOMSerializer.fromSchema(schema).serializeFragment(doc.content, { document: fakeDocument });
  return sortAttributes((fragment as unknown as FakeNode).html);
}

function staticHtml(blocks: RichNode[]): string {
  return sortAttributes(renderToStaticMarkup(createElement(Fragment, null, ...staticBlocks(blocks))));
}

function sortAttributes(html: string): string {
  return html.replace(/<(\w+)((?:\s[\w-]+="[^"]*")*)(\/?)>/g, (_all, tag: string, attrs: string, slash: string) => {
    const sorted = (attrs.match(/[\w-]+="[^"]*"/g) ?? []).sort().map((attr) => ` ${attr}`).join('');
    return `<${tag}${sorted}${slash}>`;
  });
}

/** Through the Y.XmlFragment, as the field reads it. */
function viaFragment(blocks: RichNode[]): RichNode[] {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('text');
  writeJson(fragment, blocks);
  return fragmentToJson(fragment);
}

const text = (value: string, ...marks: RichNode['marks'] & object) =>
  marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value };

const RICH: RichNode[] = [
  { type: 'heading', attrs: { level: 2 }, content: [text('Mål')] },
  {
    type: 'paragraph',
    content: [
      text('Vi skal '),
      text('lytte', { type: 'bold' }),
      text(' og ', { type: 'italic' }),
      text('handle', { type: 'bold' }, { type: 'italic' }),
      text(' — se '),
      text('planen', { type: 'link', attrs: { href: 'https://asker.kommune.no/plan' } }),
      text(' <ikke html> & "sitat"'),
    ],
  },
  {
    type: 'bulletList',
    content: [
      { type: 'listItem', content: [{ type: 'paragraph', content: [text('ett')] }] },
      { type: 'listItem', content: [{ type: 'paragraph', content: [text('to', { type: 'strike' }), { type: 'hardBreak' }, text('tre', { type: 'code' })] }] },
    ],
  },
  { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('tredje', { type: 'underline' })] }] }] },
  { type: 'blockquote', content: [{ type: 'paragraph', content: [text('sitert')] }] },
  { type: 'codeBlock', content: [text('kode()')] },
  { type: 'horizontalRule' },
];

describe('staticBlocks', () => {
  it('draws a field as the editor schema does: blocks, lists, marks, links, escaped text', () => {
    const blocks = viaFragment(RICH);
    expect(staticHtml(blocks)).toBe(editorHtml(blocks));
  });

  it('draws an unsafe link without its address, as SafeLink does', () => {
    const blocks = viaFragment([{ type: 'paragraph', content: [text('klikk', { type: 'link', attrs: { href: 'javascript:alert(1)' } })] }]);
    expect(staticHtml(blocks)).toBe(editorHtml(blocks));
    expect(staticHtml(blocks)).not.toContain('javascript');
  });

  it('keeps an empty paragraph one line high, as the editor does with a trailing break', () => {
    expect(staticHtml([{ type: 'paragraph' }])).toBe('<p><br class="ProseMirror-trailingBreak"/></p>');
    // An empty field is the editor's one empty paragraph.
    expect(staticHtml(viaFragment([]))).toBe('<p><br class="ProseMirror-trailingBreak"/></p>');
  });

  it('leaves out marks the editor draws as decorations and nodes it does not know, keeping their text', () => {
    const html = staticHtml([
      { type: 'paragraph', content: [text('kommentert', { type: 'comment', attrs: { id: 't1' } })] },
      { type: 'mystery', content: [{ type: 'paragraph', content: [text('inni')] }] },
    ]);
    expect(html).toBe('<p>kommentert</p><div><p>inni</p></div>');
  });
});
