import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import {
  fragmentToJson,
  fragmentToPlainText,
  richToPlainText,
  writeJson,
  writeParagraphs,
  type RichMark,
  type RichNode,
} from './richText';

// The editor's own schema, so these tests check the format the real binding reads and writes.
const schema = getSchema([StarterKit]);

const text = (value: string, ...marks: RichMark[]): RichNode =>
  marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value };

/** Every StarterKit node and mark, with all non-null attrs spelled out. */
const sample: RichNode[] = [
  {
    type: 'heading',
    attrs: { level: 2 },
    content: [text('Innsatsområde: '), text('Møteplasser', { type: 'bold' })],
  },
  {
    type: 'paragraph',
    content: [
      text('Les '),
      text('planen', { type: 'bold' }, { type: 'italic' }),
      text(' på '),
      text('asker.kommune.no', {
        type: 'link',
        attrs: {
          href: 'https://www.asker.kommune.no',
          rel: 'noopener noreferrer nofollow',
          target: '_blank',
        },
      }),
      { type: 'hardBreak' },
      text('gammelt', { type: 'strike' }),
      text(' og '),
      text('y.doc', { type: 'code' }),
      text(' og '),
      text('viktig', { type: 'underline' }),
    ],
  },
  {
    type: 'bulletList',
    content: [
      {
        type: 'listItem',
        content: [
          { type: 'paragraph', content: [text('Frivillighet')] },
          {
            type: 'orderedList',
            attrs: { start: 3 },
            content: [
              {
                type: 'listItem',
                content: [{ type: 'paragraph', content: [text('Lag og foreninger')] }],
              },
            ],
          },
        ],
      },
    ],
  },
  { type: 'blockquote', content: [{ type: 'paragraph', content: [text('Sitat fra høringen')] }] },
  { type: 'codeBlock', attrs: { language: 'ts' }, content: [text('const a = 1;\nconst b = 2;')] },
  { type: 'horizontalRule' },
  { type: 'paragraph' },
];

function newFragment(): Y.XmlFragment {
  return new Y.Doc().getXmlFragment('body');
}

/** What the editor would show for a fragment, as ProseMirror JSON. */
function editorJson(fragment: Y.XmlFragment): unknown {
  return yXmlFragmentToProseMirrorRootNode(fragment, schema).toJSON();
}

describe('richText', () => {
  it('reads what y-tiptap writes', () => {
    const fragment = newFragment();
    prosemirrorJSONToYXmlFragment(schema, { type: 'doc', content: sample }, fragment);
    expect(fragmentToJson(fragment)).toEqual(sample);
  });

  it('writes what y-tiptap reads back unchanged', () => {
    const ours = newFragment();
    writeJson(ours, sample);
    const theirs = newFragment();
    prosemirrorJSONToYXmlFragment(schema, { type: 'doc', content: sample }, theirs);
    expect(editorJson(ours)).toEqual(editorJson(theirs));
    // Reading through the editor must not have "repaired" (deleted) anything we wrote.
    expect(fragmentToJson(ours)).toEqual(sample);
  });

  it('round-trips through a second document via updates', () => {
    const source = new Y.Doc();
    writeJson(source.getXmlFragment('body'), sample);
    const target = new Y.Doc();
    Y.applyUpdate(target, Y.encodeStateAsUpdate(source));
    expect(fragmentToJson(target.getXmlFragment('body'))).toEqual(sample);
  });

  it('strips the hash y-tiptap appends to the names of overlapping marks', () => {
    const fragment = newFragment();
    const paragraph = new Y.XmlElement('paragraph');
    const run = new Y.XmlText();
    run.applyDelta([{ insert: 'kommentert', attributes: { 'comment--AbCd12+/': { id: 'c1' } } }]);
    paragraph.insert(0, [run]);
    fragment.insert(0, [paragraph]);
    expect(fragmentToJson(fragment)).toEqual([
      {
        type: 'paragraph',
        content: [text('kommentert', { type: 'comment', attrs: { id: 'c1' } })],
      },
    ]);
  });

  it('writes paragraphs of plain text, line breaks as hard breaks', () => {
    const fragment = newFragment();
    writeParagraphs(fragment, ['Første avsnitt', 'Linje én\nLinje to', '']);
    expect(fragmentToJson(fragment)).toEqual([
      { type: 'paragraph', content: [text('Første avsnitt')] },
      { type: 'paragraph', content: [text('Linje én'), { type: 'hardBreak' }, text('Linje to')] },
      { type: 'paragraph' },
    ]);
    expect(editorJson(fragment)).toMatchObject({ type: 'doc', content: { length: 3 } });
  });

  it('appends rather than replaces', () => {
    const fragment = newFragment();
    writeParagraphs(fragment, ['a']);
    writeParagraphs(fragment, ['b']);
    expect(fragmentToPlainText(fragment)).toBe('a\n\nb');
  });

  it('gives plain text with blank lines between blocks and empty blocks left out', () => {
    const fragment = newFragment();
    writeJson(fragment, sample);
    expect(fragmentToPlainText(fragment)).toBe(
      [
        'Innsatsområde: Møteplasser',
        'Les planen på asker.kommune.no\ngammelt og y.doc og viktig',
        'Frivillighet\nLag og foreninger',
        'Sitat fra høringen',
        'const a = 1;\nconst b = 2;',
      ].join('\n\n'),
    );
    expect(richToPlainText([])).toBe('');
  });

  it('wraps stray top-level text in a paragraph', () => {
    const fragment = newFragment();
    const stray = new Y.XmlText();
    stray.insert(0, 'løs tekst');
    fragment.insert(0, [stray]);
    expect(fragmentToJson(fragment)).toEqual([{ type: 'paragraph', content: [text('løs tekst')] }]);
  });

  it('refuses a fragment that is not in a document yet', () => {
    expect(() => writeParagraphs(new Y.XmlFragment(), ['x'])).toThrow(/in a document/);
  });
});
