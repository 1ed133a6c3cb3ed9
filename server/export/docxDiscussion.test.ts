import { beforeAll, describe, expect, it } from 'vitest';
import { discussionView } from '../../shared/discussion/view';
import { exportLabels } from '../../shared/export/labels';
import { buildExportDocument } from '../../shared/export/model/buildExportDocument';
import { discussionSnapshot } from '../../shared/export/model/planDiscussion';
import { discussionPlan, FIXTURE_META } from '../../shared/export/testing/discussionPlan';
import { planSnapshot } from '../../shared/plan/snapshot';
import { renderDocx } from './docx';
import { assertWellFormedXml } from './testSupport/xml';
import { readZip } from './testSupport/zip';

const meta = FIXTURE_META;

async function docx(
  options: { comments: boolean; suggestions: boolean } | null,
): Promise<Map<string, string>> {
  const fixture = discussionPlan();
  const labels = exportLabels('nb');
  let document;
  if (options) {
    const { snapshot, discussion } = discussionSnapshot(
      fixture.plan,
      discussionView(fixture.discussion),
      options,
    );
    const threads = options.comments ? { discussion: { discussion, as: 'comments' as const } } : {};
    document = buildExportDocument(snapshot, meta, labels, threads);
  } else document = buildExportDocument(planSnapshot(fixture.plan), meta, labels);
  const files = readZip(await renderDocx(document));
  return new Map([...files].map(([name, data]) => [name, data.toString('utf8')]));
}

/** Each element `tag` with what it encloses, e.g. every <w:ins …>…</w:ins>. */
const elements = (xml: string, tag: string): string[] =>
  [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*>.*?</${tag}>`, 'gs'))].map((m) => m[0]);
const texts = (xml: string): string =>
  [...xml.matchAll(/<w:(?:t|delText)\b[^>]*>([^<]*)</g)].map((m) => m[1]).join('');

let full: Map<string, string>;
let clean: Map<string, string>;

beforeAll(async () => {
  full = await docx({ comments: true, suggestions: true });
  clean = await docx(null);
}, 30_000);

describe('DOCX with the open deliberation', () => {
  it('writes the threads as Word comments with their authors, replies threaded', () => {
    const comments = full.get('word/comments.xml') ?? '';
    const list = elements(comments, 'w:comment');
    expect(
      list.map((c) => [
        /w:author="([^"]*)"/.exec(c)?.[1],
        /w:date="([^"]*)"/.exec(c)?.[1],
        texts(c),
      ]),
    ).toEqual([
      ['Kari Nordmann', '2026-03-01T10:00:00.000Z', 'Hva betyr trygg her?'],
      ['Ola Nordmann', '2026-03-01T10:01:00.000Z', 'Gang- og sykkelvei hele veien.Se vedlegg.'],
      [
        'Kari Nordmann',
        '2026-03-01T10:03:00.000Z',
        'Teksten kommentaren gjaldt, er endret eller slettet: «fortau»Hvilken side av veien?',
      ],
      ['Ola Nordmann', '2026-03-01T10:02:00.000Z', 'Mangler tall for besøk.'],
    ]);
    expect(comments).not.toContain('Løst allerede');
    // The reply hangs off the first comment (Word's threaded replies).
    expect(full.get('word/commentsExtended.xml')).toMatch(
      /<w15:commentEx w15:paraId="00000002" w15:paraIdParent="00000001"\/>/,
    );
    expect(full.get('[Content_Types].xml')).toContain('/word/comments.xml');
    expect(full.get('word/_rels/document.xml.rels')).toContain('Target="comments.xml"');
  });

  it('marks each comment’s range in the text, across runs, with a reference after it', () => {
    const document = full.get('word/document.xml') ?? '';
    for (const id of [0, 1, 2, 3]) {
      const start = document.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
      const end = document.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
      const reference = document.indexOf(`<w:commentReference w:id="${id}"/>`);
      expect(start, `comment ${id}`).toBeGreaterThan(0);
      expect(end, `comment ${id}`).toBeGreaterThan(start);
      expect(reference, `comment ${id}`).toBeGreaterThan(end);
    }
    const range = (id: number) =>
      texts(
        document.slice(
          document.indexOf(`<w:commentRangeStart w:id="${id}"/>`),
          document.indexOf(`<w:commentRangeEnd w:id="${id}"/>`),
        ),
      );
    expect(range(0)).toBe('trygg skolevei');
    expect(range(1)).toBe('trygg skolevei');
    expect(range(2)).toBe('Formål');
    // The focus area's number is Word's list number, outside the text the comment covers.
    expect(range(3)).toBe('Møteplasser');
  });

  it('writes open suggestions as tracked changes with author and date', () => {
    const document = full.get('word/document.xml') ?? '';
    const insertions = elements(document, 'w:ins');
    const deletions = elements(document, 'w:del');
    expect(
      insertions.map((x) => [
        /w:author="([^"]*)"/.exec(x)?.[1],
        /w:date="([^"]*)"/.exec(x)?.[1],
        texts(x),
      ]),
    ).toEqual([['Ola Nordmann', '2026-03-01T10:06:00Z', ' i år']]);
    expect(
      deletions.map((x) => [
        /w:author="([^"]*)"/.exec(x)?.[1],
        /w:date="([^"]*)"/.exec(x)?.[1],
        texts(x),
      ]),
    ).toEqual([['Kari Nordmann', '2026-03-01T10:07:00Z', 'lag og ']]);
    expect(deletions[0]).toContain('<w:delText');
    expect(document).not.toContain('Nesten');
    // No two annotations share an id.
    const ids = [...document.matchAll(/<w:(?:ins|del|commentRangeStart) w:id="(\d+)"/g)].map(
      (m) => m[1],
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes every part as well-formed XML', () => {
    for (const [name, xml] of full)
      if (/\.(xml|rels)$/.test(name)) expect(() => assertWellFormedXml(xml), name).not.toThrow();
  });

  it('is a clean copy without the options: no comments part, no tracked changes', () => {
    expect(
      clean.has('word/comments.xml') && /<w:comment\b/.test(clean.get('word/comments.xml') ?? ''),
    ).toBe(false);
    const document = clean.get('word/document.xml') ?? '';
    expect(document).not.toMatch(/<w:(ins|del|commentRangeStart|commentReference)\b/);
    expect(texts(document)).toContain('Styrke lag og foreninger.');
    expect(texts(document)).not.toContain(' i år');
  });

  it('can carry suggestions without comments, and comments without suggestions', async () => {
    const changesOnly = await docx({ comments: false, suggestions: true });
    expect(changesOnly.get('word/document.xml')).toMatch(/<w:ins\b/);
    expect(changesOnly.get('word/document.xml')).not.toMatch(/<w:commentRangeStart\b/);
    const commentsOnly = await docx({ comments: true, suggestions: false });
    expect(commentsOnly.get('word/document.xml')).not.toMatch(/<w:(ins|del)\b/);
    expect(elements(commentsOnly.get('word/comments.xml') ?? '', 'w:comment')).toHaveLength(4);
  });
});
